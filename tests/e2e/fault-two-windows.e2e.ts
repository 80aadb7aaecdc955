// Fault journey: two windows of Debrief on one database (two pages of one profile, as two app
// windows or a second instance would be). Each sees the other's edits live, and when both write
// at once neither write is lost.
import { expect, test } from './fixtures';
import { TalkActions } from './pages/action-talk';
import { TalkAnnotations } from './pages/annotation-talk';
import { readDatabase, recordsOf } from './pages/fault-database';
import { talkId, talkTitle } from './pages/fault-records';
import { openApp, pageErrors } from './pages/fault-renderer';

const passage = 'one control that stops every deployment and rollout';

// The notes a window shows: rendered, or in an editor still open, sorted.
async function notesShown(talk: TalkAnnotations): Promise<string[]> {
  const rendered = await talk.renderedNote().allInnerTexts();
  const typed = await talk.notesSection
    .getByRole('textbox', { name: 'Notes', exact: true })
    .evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value));
  return [...rendered, ...typed]
    .map((text) => text.trim())
    .filter(Boolean)
    .sort();
}

test('two windows on one database: edits in one show in the other, and writes made at once all survive', async ({
  context,
}) => {
  // "Nothing lost" here: a first note typed in both windows at the same moment gives two notes,
  // not one overwriting the other; a star set in one window and a grade set in the other at the
  // same moment are both on the talk; an action item added in each is there once; each window
  // shows all of it without a reload, and so does a fresh start.
  const [left, right] = [await context.newPage(), await context.newPage()];
  const errors = [...[left, right].map(pageErrors)];
  const [leftApp, rightApp] = [await openApp(left, `#/item/${talkId}`), await openApp(right, `#/item/${talkId}`)];
  await expect(leftApp.readingHeading()).toHaveText(talkTitle);
  await expect(rightApp.readingHeading()).toHaveText(talkTitle);
  const [leftTalk, rightTalk] = [new TalkAnnotations(left), new TalkAnnotations(right)];

  // Both start the talk's first note at once: neither window knows of the other's yet.
  await Promise.all([
    leftTalk.notesBox().fill('Left: ask the SRE team about restore drills'),
    rightTalk.notesBox().fill('Right: propose a deploy freeze switch'),
  ]);
  for (const talk of [leftTalk, rightTalk]) {
    await expect
      .poll(() => notesShown(talk))
      .toEqual(['Left: ask the SRE team about restore drills', 'Right: propose a deploy freeze switch']);
  }

  // A highlight made on the right shows on the left.
  await rightTalk.selectPassage(passage);
  await rightTalk.highlightSelection({ color: 'Blue', comment: 'The big red button' });
  await expect(leftTalk.highlightCard(/one control that stops/)).toBeVisible();
  await expect.poll(() => leftTalk.paintedPassages('blue')).toEqual([passage]);

  // A star on the left and a grade on the right, at once: one record, both marks.
  await Promise.all([leftTalk.starButton().click(), rightTalk.markButton('Must-see').click()]);
  for (const talk of [leftTalk, rightTalk]) {
    await expect(talk.starButton()).toHaveAttribute('aria-pressed', 'true');
    await expect(talk.markButton('Must-see')).toHaveAttribute('aria-pressed', 'true');
  }

  // An action item added in each window.
  const [leftActions, rightActions] = [new TalkActions(left), new TalkActions(right)];
  await Promise.all([leftActions.add('Book a restore drill'), rightActions.add('Write the freeze runbook')]);
  for (const actions of [leftActions, rightActions]) {
    await expect(actions.card('Book a restore drill')).toBeVisible();
    await expect(actions.card('Write the freeze runbook')).toBeVisible();
  }

  const stored = await readDatabase(left);
  const notes = recordsOf<{ kind: string; body: string }>(stored, 'annotations');
  expect(
    notes
      .filter((a) => a.kind === 'note')
      .map((a) => a.body)
      .sort(),
  ).toEqual(['Left: ask the SRE team about restore drills', 'Right: propose a deploy freeze switch']);
  expect(notes.filter((a) => a.kind === 'highlight').map((a) => a.body)).toEqual(['The big red button']);
  expect(recordsOf(stored, 'itemStates')).toEqual([
    expect.objectContaining({ itemId: talkId, starred: true, grade: 'must-see' }),
  ]);
  expect(
    recordsOf<{ title: string }>(stored, 'actions')
      .map((a) => a.title)
      .sort(),
  ).toEqual(['Book a restore drill', 'Write the freeze runbook']);

  // Both windows closed, a fresh start shows everything.
  await left.close();
  await right.close();
  const again = await openApp(await context.newPage(), `#/item/${talkId}`);
  const talk = new TalkAnnotations(again.page);
  await expect
    .poll(() => notesShown(talk))
    .toEqual(['Left: ask the SRE team about restore drills', 'Right: propose a deploy freeze switch']);
  await expect(talk.highlightCard(/one control that stops/)).toBeVisible();
  await expect(talk.starButton()).toHaveAttribute('aria-pressed', 'true');
  await expect(talk.markButton('Must-see')).toHaveAttribute('aria-pressed', 'true');
  await expect(new TalkActions(again.page).section.getByRole('article')).toHaveCount(2);
  expect(errors.flat()).toEqual([]);
});
