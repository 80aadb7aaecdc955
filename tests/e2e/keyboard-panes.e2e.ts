// Resizable panes: a separator between the sidebar and the list, another between the list and the
// reading pane; dragged with the pointer or moved with the keyboard, and remembered after a reload.
import { expect, test } from './fixtures';

test('the sidebar separator moves with the keyboard and the width is kept after a reload', async ({ app, page }) => {
  const separator = page.getByRole('separator', { name: 'Resize the sidebar' });
  await expect(separator).toHaveAttribute('aria-valuenow', '240');
  const before = (await app.recapNav.boundingBox())!.width;

  await separator.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(separator).toHaveAttribute('aria-valuenow', String(240 + 16 + 64));
  await expect.poll(async () => Math.round((await page.locator('.sidebar').boundingBox())!.width)).toBe(320);
  expect(before).toBeLessThan(320);
  // The separator sits on the sidebar's edge, where a pointer would look for it.
  const edge = (await separator.boundingBox())!;
  expect(Math.round(edge.x + edge.width / 2)).toBe(320);

  await page.reload();
  await app.waitUntilLoaded();
  await expect(separator).toHaveAttribute('aria-valuenow', '320');
  expect(Math.round((await page.locator('.sidebar').boundingBox())!.width)).toBe(320);

  // Home goes to the narrowest; Enter puts it back to where it started.
  await separator.focus();
  await page.keyboard.press('Home');
  await expect(separator).toHaveAttribute('aria-valuenow', '160');
  await page.keyboard.press('Enter');
  await expect(separator).toHaveAttribute('aria-valuenow', '240');
});

test('the list separator follows a pointer drag and keeps the width after a reload', async ({ app, page }) => {
  const separator = page.getByRole('separator', { name: 'Resize the list' });
  const list = page.locator('.item-list');
  const start = (await list.boundingBox())!.width;
  const box = (await separator.boundingBox())!;
  // It stands on the list's edge, from under the search bar to the bottom, and stays put when the list scrolls.
  const listBox = (await list.boundingBox())!;
  expect(Math.round(box.x + box.width / 2)).toBe(Math.round(listBox.x + listBox.width));
  expect(Math.round(box.y)).toBe(Math.round(listBox.y));
  await list.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  expect(await list.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  expect((await separator.boundingBox())!.y).toBe(box.y);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;

  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 60, y, { steps: 5 });
  await page.mouse.move(x + 100, y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await list.boundingBox())!.width)).toBe(Math.round(start + 100));
  const saved = await separator.getAttribute('aria-valuenow');

  await page.reload();
  await app.waitUntilLoaded();
  await expect(separator).toHaveAttribute('aria-valuenow', saved ?? '');
  expect(Math.round((await list.boundingBox())!.width)).toBe(Math.round(start + 100));
});

test('views with no use for the talk list give its width to their content; hiding it elsewhere is remembered', async ({
  app,
  page,
}) => {
  const list = page.getByRole('region', { name: /^Everything in the recap|^Day 1/ });
  await expect(list).toBeVisible();
  const reading = page.getByRole('main', { name: 'Reading pane' });
  const withList = (await reading.boundingBox())!.width;

  for (const name of ['Actions', 'Annotations', 'Trash', 'Backups']) {
    await app.recapNav.getByRole('link', { name, exact: true }).click();
    await expect(list).toBeHidden();
    expect((await reading.boundingBox())!.width).toBeGreaterThan(withList + 200);
  }
  await app.recapNav.getByRole('link', { name: /^Library/ }).click();
  await expect(list).toBeHidden();

  // Back in a reading view the list is back; the command hides it, and a reload keeps it hidden.
  await app.openSection(/^Day 1\b/);
  await expect(list).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Backslash');
  await expect(list).toBeHidden();
  expect((await reading.boundingBox())!.width).toBeGreaterThan(withList + 200);
  await page.reload();
  await app.waitUntilLoaded();
  await expect(list).toBeHidden();
  await page.keyboard.press('ControlOrMeta+Backslash');
  await expect(list).toBeVisible();
});
