// Importing a recap the user wrote, through the open dialog and by dropping it on the window:
// headings become sections, known talks and booths are linked, a second import duplicates nothing.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';

const fixture = resolve(import.meta.dirname, '..', 'fixtures', 'recap-import', 'team-kubecon-notes.md');

test('imports a recap from the open dialog, links its talks, and does not duplicate it', async ({ app, dialogs }) => {
  dialogs.openPath = fixture;
  const importButton = app.recapNav.getByRole('button', { name: 'Import a recap…' });
  await importButton.click();
  await expect(app.readingHeading()).toHaveText("Our team's KubeCon notes");
  await expect(app.recapNav.getByRole('status')).toContainText('3 sections, 4 talks and booths linked');

  const sections = app.readingPane.getByRole('heading', { level: 2 });
  await expect(sections).toHaveText(['Wednesday', 'Thursday', 'Stands we liked']);
  await expect(app.readingPane.getByRole('list', { name: 'Talks and booths in Wednesday' })).toContainText(
    'Effective Disaster Recovery: The Day We Deleted Production',
  );
  await expect(app.readingPane.getByRole('list', { name: 'Talks and booths in Stands we liked' })).toContainText(
    /Karpenter.*Flux|Flux.*Karpenter/s,
  );

  await importButton.click();
  await expect(app.recapNav.getByRole('status')).toContainText('already imported');
  await expect(app.recapNav.getByRole('list', { name: 'Imported recaps' }).getByRole('listitem')).toHaveCount(1);

  // A linked talk opens the talk itself.
  await app.readingPane.getByRole('link', { name: 'Backstage: Restoring Order To Your Chaos' }).click();
  await expect(app.readingHeading()).toHaveText('Backstage: Restoring Order To Your Chaos');
});

test('imports a recap dropped on the window, and refuses a dropped file that is not a recap', async ({ app, page }) => {
  const text = await readFile(fixture, 'utf8');
  const drop = async (name: string, content: string | number[]) => {
    await page.evaluate(
      ({ name, content }) => {
        const transfer = new DataTransfer();
        const body = typeof content === 'string' ? content : new Uint8Array(content);
        transfer.items.add(new File([body], name));
        for (const type of ['dragover', 'drop']) {
          window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }
      },
      { name, content },
    );
  };
  await drop('photo.png', [0x89, 0x50, 0x4e, 0x47]);
  await expect(app.recapNav.getByRole('alert')).toContainText('photo.png is not a file Debrief imports');

  await drop('notes-binary.md', [0x89, 0x50, 0, 0, 1]);
  await expect(app.recapNav.getByRole('alert')).toContainText('notes-binary.md could not be imported');
  await expect(app.recapNav.getByRole('list', { name: 'Imported recaps' })).toHaveCount(0);

  await drop('team-notes.md', text);
  await expect(app.readingHeading()).toHaveText("Our team's KubeCon notes");
  await expect(app.recapNav.getByRole('list', { name: 'Imported recaps' }).getByRole('listitem')).toHaveCount(1);
});
