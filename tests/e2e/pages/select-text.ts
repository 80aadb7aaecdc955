// Selecting a passage of rendered text the way a mouse drag would: a DOM selection over the text
// nodes of one element, across inline markup.
import { expect, type Locator } from '@playwright/test';

/** Selects `passage` inside `root` (it may span several text nodes); fails the journey when it is not there. */
export async function selectTextIn(root: Locator, passage: string): Promise<void> {
  await expect(root).toContainText(passage);
  const found = await root.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const text = nodes.map((node) => node.data).join('');
    const start = text.indexOf(wanted);
    if (start < 0) return `"${wanted}" is not in the text`;
    const end = start + wanted.length;
    const range = document.createRange();
    let seen = 0;
    for (const node of nodes) {
      const next = seen + node.data.length;
      if (start >= seen && start < next) range.setStart(node, start - seen);
      if (end > seen && end <= next) range.setEnd(node, end - seen);
      seen = next;
    }
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return 'ok';
  }, passage);
  expect(found).toBe('ok');
}

/**
 * Selects `passage` inside `root` with a real mouse drag: press at its first character's left edge,
 * move, release at its last character's right edge. Returns the selection's box on the page.
 */
export async function dragOverText(
  root: Locator,
  passage: string,
): Promise<{ x: number; y: number; width: number; height: number }> {
  await expect(root).toContainText(passage);
  const ends = await root.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const text = nodes.map((node) => node.data).join('');
    const start = text.indexOf(wanted);
    if (start < 0) return null;
    // A fresh selection, as after a click: the last one's toolbar must not sit over where this drag starts.
    document.getSelection()?.removeAllRanges();
    /** The box of the character at `offset` of the whole text. */
    const charBox = (offset: number): DOMRect => {
      let seen = 0;
      for (const node of nodes) {
        if (offset < seen + node.data.length) {
          const range = document.createRange();
          range.setStart(node, offset - seen);
          range.setEnd(node, offset - seen + 1);
          return range.getBoundingClientRect();
        }
        seen += node.data.length;
      }
      throw new Error('offset past the text');
    };
    // The passage's start is scrolled to a third of the way down the pane, where a drag can reach it.
    const pane = element.closest('main');
    if (pane) pane.scrollBy(0, charBox(start).top - pane.getBoundingClientRect().top - pane.clientHeight / 3);
    const first = charBox(start);
    const last = charBox(start + wanted.length - 1);
    return {
      from: { x: first.left + 1, y: first.top + first.height / 2 },
      to: { x: last.right - 1, y: last.top + last.height / 2 },
    };
  }, passage);
  expect(ends, `"${passage}" is not in the text`).not.toBeNull();
  const page = root.page();
  await expect(page.getByRole('toolbar', { name: 'Highlight the selection' })).toHaveCount(0);
  await page.mouse.move(ends!.from.x, ends!.from.y);
  await page.mouse.down();
  await page.mouse.move((ends!.from.x + ends!.to.x) / 2, (ends!.from.y + ends!.to.y) / 2, { steps: 4 });
  await page.mouse.move(ends!.to.x, ends!.to.y, { steps: 4 });
  await page.mouse.up();
  return page.evaluate(() => {
    const box = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: box.left, y: box.top, width: box.width, height: box.height };
  });
}
