// A team folder with more conflicts than the review lists at once: two teammates who renamed the
// same 25 action items without seeing each other's. The review shows the first 20 and says so;
// "Show 5 more" lists the rest, and settling one takes it off the list.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { TeamViewPage } from './pages/team-view';

const count = 25;
const talkId = 'kubecon-eu-2022/effective-disaster-recovery';
const start = Date.UTC(2022, 4, 20, 9);

/** One line of a device's log, in the team folder's change format. */
function change(
  device: string,
  seq: number,
  at: number,
  seen: Record<string, number>,
  recordId: string,
  fields: object,
) {
  const stamp = `${at.toString(16).padStart(12, '0')}-0000-${device}`;
  return JSON.stringify({
    format: 1,
    id: `${device}:${seq}`,
    device,
    seq,
    stamp,
    seen,
    recordId,
    kind: 'action',
    op: 'set',
    fields,
  });
}

test('more conflicts than fit: the review lists 20, says how many there are, and shows the rest on request', async ({
  app,
  page,
  workDir,
}) => {
  await app.waitUntilLoaded();
  test.setTimeout(90_000);
  const folder = join(workDir, 'team');
  const ids = Array.from({ length: count }, (_, n) => `renamed-${n + 1}`);
  // Carol creates the 25 items; Dave, having read them, renames each; Carol, not having read
  // Dave's, renames each too: 25 conflicts on the title.
  const created = ids.map((id, n) =>
    change('carol', n + 1, start + n, {}, id, {
      itemId: talkId,
      title: `Follow-up ${n + 1}`,
      notes: '',
      status: 'open',
      tags: [],
      createdAt: new Date(start).toISOString(),
    }),
  );
  const carolRenames = ids.map((id, n) =>
    change('carol', count + n + 1, start + 60_000 + n, {}, id, { title: `Carol’s follow-up ${n + 1}` }),
  );
  const daveRenames = ids.map((id, n) =>
    change('dave', n + 1, start + 60_000 + n, { carol: count }, id, { title: `Dave’s follow-up ${n + 1}` }),
  );
  for (const [device, lines] of [
    ['carol', [...created, ...carolRenames]],
    ['dave', daveRenames],
  ] as const) {
    await mkdir(join(folder, device), { recursive: true });
    await writeFile(
      join(folder, device, 'device.json'),
      JSON.stringify({ format: 1, device, name: device === 'carol' ? 'Carol' : 'Dave' }),
    );
    await writeFile(join(folder, device, '1.jsonl'), `${lines.join('\n')}\n`);
  }

  const team = new TeamViewPage(page);
  await team.join(folder, 'Erin');
  await expect(team.conflicts).toHaveCount(20, { timeout: 20_000 });
  await expect(team.view.getByText(`Showing 20 of ${count} conflicts.`)).toBeVisible();
  await team.view.getByRole('button', { name: 'Show 5 more' }).click();
  await expect(team.conflicts).toHaveCount(count);
  await expect(team.view.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);

  const first = team
    .conflict('Action item “Carol’s follow-up 1”')
    .or(team.conflict('Action item “Dave’s follow-up 1”'));
  await first.getByRole('button', { name: /^Keep “Dave’s follow-up 1”/ }).click();
  await expect(team.conflicts).toHaveCount(count - 1, { timeout: 20_000 });
});
