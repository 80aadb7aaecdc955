// Page object for the command palette and the shortcuts help sheet, by the roles and names a
// screen reader announces.
import { expect, type Locator, type Page } from '@playwright/test';

/** The palette (Ctrl/Cmd+Shift+P) and the help sheet (`?`). */
export class CommandPalette {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly options: Locator;
  readonly help: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Command palette' });
    this.input = this.dialog.getByRole('combobox', { name: 'Command' });
    this.options = this.dialog.getByRole('listbox', { name: 'Commands' }).getByRole('option');
    this.help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }

  /** Opens the palette with its shortcut and waits for the box to take focus. */
  async open(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+P');
    await expect(this.input).toBeFocused();
  }

  /** Opens the palette, types the command's title and runs the first match with Enter. */
  async run(title: string): Promise<void> {
    await this.open();
    await this.page.keyboard.type(title);
    await expect(this.activeOption()).toContainText(title);
    await this.page.keyboard.press('Enter');
    await expect(this.dialog).toBeHidden();
  }

  /** The option Enter would run. */
  activeOption(): Locator {
    return this.options.and(this.page.locator('[aria-selected="true"]'));
  }

  /** The help sheet's rows as [command, keys] pairs. */
  async helpRows(): Promise<string[][]> {
    const rows = this.help.getByRole('row');
    const count = await rows.count();
    const pairs: string[][] = [];
    for (let index = 1; index < count; index++) {
      const cells = await rows.nth(index).getByRole('cell').allTextContents();
      pairs.push(cells.map((cell) => cell.replace(/\s+/g, ' ').trim()));
    }
    return pairs;
  }
}
