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
