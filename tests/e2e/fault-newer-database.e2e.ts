// Fault journey: the database on disk was upgraded by a newer Debrief (the user went back to an
// older build). This build must not open it with its older schema, and must not change it.
import { shellStartUrl } from '../../scripts/chromium-shell';
import { expect, test } from './fixtures';
import { createDatabase, readDatabase } from './pages/fault-database';
import { alreadyThere, talkId } from './pages/fault-records';
import { openOutsideTheApp, pageErrors } from './pages/fault-renderer';

test('a database from a newer Debrief: a clear message, and nothing in it changed', async ({ context }) => {
  // "Nothing lost" here: the newer database keeps its version, its stores (one this build does not
  // know, and one without the indexes this build would add) and every record, exactly; the app
  // says what happened and what to do instead of opening it.
  const outside = await openOutsideTheApp(context);
  await createDatabase(outside, 9999 * 10, [
    { name: 'annotations', keyPath: 'id', indexes: ['itemId', 'colour'], records: alreadyThere.annotations },
    { name: 'actions', keyPath: 'id', records: alreadyThere.actions },
    { name: 'boards', keyPath: 'id', records: [{ id: 'board-1', itemIds: [talkId], title: 'From the future' }] },
  ]);
  const before = await readDatabase(outside);
  await outside.close();

  const page = await context.newPage();
  const errors = pageErrors(page);
  await page.goto(`${shellStartUrl}#/item/${talkId}`);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('Debrief could not open the recap');
  await expect(alert).toContainText('last opened by a newer version of Debrief (database version 9999');
  await expect(alert).toContainText('Update Debrief to open it');
  await expect(page.getByRole('navigation', { name: 'Recap' })).toHaveCount(0);
  // Give anything the app might still start (search, automatic backups) the time to touch it.
  await page.waitForTimeout(1_000);
  await page.reload();
  await expect(alert.getByRole('heading')).toHaveText('Debrief could not open the recap');

  const after = await readDatabase(page);
  expect(after).toEqual(before);
  expect(after?.version).toBe(99990);
  expect(after?.stores.map((store) => store.name)).toEqual(['actions', 'annotations', 'boards']);
  expect(errors).toEqual([]);
});
