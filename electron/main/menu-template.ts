// The menu bar as Electron's template, built from electron/common/menu-commands.ts as plain data so
// it is tested without Electron. Every command item only asks the renderer to run the command of
// its id: the renderer's command list, the one the palette and the keyboard use, does the work.
import type { MenuItemConstructorOptions } from 'electron';
import { appMenus, isMenuCommand, type AppMenu, type MenuCommand, type MenuShortcut } from '../common/menu-commands';

/** The platforms whose menu conventions differ. */
export type MenuPlatform = 'darwin' | 'linux' | 'win32';

const acceleratorKeys: Record<string, string> = {
  ArrowDown: 'Down',
  ArrowUp: 'Up',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Escape: 'Esc',
};

/** A shortcut as an Electron accelerator: `{ key: 'p', mod: true, shift: true }` is `CmdOrCtrl+Shift+P`. */
export function acceleratorOf(shortcut: MenuShortcut): string {
  const key = acceleratorKeys[shortcut.key] ?? (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key);
  return [shortcut.mod ? 'CmdOrCtrl' : '', shortcut.alt ? 'Alt' : '', shortcut.shift ? 'Shift' : '', key]
    .filter(Boolean)
    .join('+');
}

/** True for a bare key (`j`, `?`), which belongs to whoever is typing in a text field. */
export function isBareKey(shortcut: MenuShortcut): boolean {
  return !shortcut.mod && !shortcut.alt;
}

// The renderer's key handler already runs every shortcut, and knows what a menu cannot: that a bare
// letter typed into a note is text, not "next talk", and that an open dialog owns the keyboard. So
// the menu only shows shortcuts, never registers them. On Linux and Windows `registerAccelerator:
// false` does exactly that. macOS ignores it (electron/electron#18295) and makes every accelerator a
// key equivalent, which would fire a bare `J` even inside a text field; there bare keys go in the
// label instead, and Cmd shortcuts stay accelerators: the page or the menu handles each press, never both.
function commandItem(
  command: MenuCommand,
  platform: MenuPlatform,
  runCommand: (commandId: string) => void,
): MenuItemConstructorOptions {
  const item: MenuItemConstructorOptions = {
    id: command.commandId,
    label: command.label,
    click: () => runCommand(command.commandId),
  };
  const shortcut = command.shortcut;
  if (!shortcut) return item;
  if (platform !== 'darwin') return { ...item, accelerator: acceleratorOf(shortcut), registerAccelerator: false };
  if (isBareKey(shortcut)) return { ...item, label: `${command.label} (${acceleratorOf(shortcut)})` };
  return { ...item, accelerator: acceleratorOf(shortcut) };
}

function submenu(menu: AppMenu, platform: MenuPlatform, runCommand: (commandId: string) => void) {
  return menu.entries.map((entry): MenuItemConstructorOptions => {
    if (isMenuCommand(entry)) return commandItem(entry, platform, runCommand);
    if ('separator' in entry) return { type: 'separator' };
    // macOS keeps Quit in the app menu and Close in File; elsewhere closing the one window is quitting.
    if (entry.role === 'close' && platform !== 'darwin') return { role: 'quit' };
    return { role: entry.role };
  });
}

/** The whole menu bar for a platform; each command item calls `runCommand` with its command's id. */
export function menuTemplate(
  platform: MenuPlatform,
  runCommand: (commandId: string) => void,
  menus: readonly AppMenu[] = appMenus,
): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = menus.map((menu) => ({
    label: menu.label,
    // The Help menu by role: macOS adds its search field there.
    ...(menu.label === 'Help' ? { role: 'help' as const } : {}),
    submenu: submenu(menu, platform, runCommand),
  }));
  const help = template.findIndex((menu) => menu.role === 'help');
  template.splice(help === -1 ? template.length : help, 0, { role: 'windowMenu' });
  return platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template;
}
