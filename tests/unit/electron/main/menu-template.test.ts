// The menu bar as data, without Electron: which commands each menu carries, that every command item
// asks the renderer to run exactly its command, and how shortcuts are shown without stealing keys.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenus, menuCommands } from '../../../../electron/common/menu-commands';
import { acceleratorOf, menuTemplate, type MenuPlatform } from '../../../../electron/main/menu-template';

const platforms: MenuPlatform[] = ['darwin', 'linux', 'win32'];

/** Every item of a template, submenus included, depth first. */
function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? allItems(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function commandItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return allItems(template).filter((item) => typeof item.click === 'function');
}

function menuNamed(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu as MenuItemConstructorOptions[];
}

describe('the menu bar', () => {
  it('has File, Edit, View, Go, Talk, Window and Help, after the app menu on macOS only', () => {
    const names = (template: MenuItemConstructorOptions[]) => template.map((item) => item.label ?? item.role);
    expect(names(menuTemplate('linux', () => undefined))).toEqual([
      'File',
      'Edit',
      'View',
      'Go',
      'Talk',
      'windowMenu',
      'Help',
    ]);
    expect(names(menuTemplate('darwin', () => undefined))).toEqual([
      'appMenu',
      'File',
      'Edit',
      'View',
      'Go',
      'Talk',
      'windowMenu',
      'Help',
    ]);
  });

  it("carries the palette's commands in the menus people look for them in", () => {
    const ids = (label: string) =>
      menuNamed(
        menuTemplate('linux', () => undefined),
        label,
      )
        .filter((item) => item.click)
        .map((item) => item.id);
    expect(ids('File')).toEqual([
      'recap.import',
      'schedule.import',
      'actions.export',
      'report.trip',
      'report.notes-app',
      'backup.now',
    ]);
    expect(ids('View')).toEqual([
      'search.focus',
      'palette.open',
      'view.actions',
      'view.annotations',
      'view.library',
      'view.trash',
      'view.backups',
      'view.team',
      'view.talk-list',
    ]);
    expect(ids('Go')).toEqual(['conference.goto', 'talk.next', 'talk.previous']);
    expect(ids('Talk')).toEqual(['note.new', 'action.new', 'highlight.selection', 'star.toggle']);
    expect(ids('Help')).toEqual(['help.shortcuts']);
  });

  it('keeps the standard roles: edit commands, zoom, full screen, developer tools, and close or quit', () => {
    const roles = (platform: MenuPlatform) =>
      allItems(menuTemplate(platform, () => undefined))
        .map((item) => item.role)
        .filter(Boolean);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom']) {
      expect(roles('linux'), role).toContain(role);
    }
    expect(roles('linux')).toEqual(expect.arrayContaining(['togglefullscreen', 'toggleDevTools', 'quit']));
    expect(roles('linux')).not.toContain('close');
    // macOS: Quit is in the app menu, File closes the window.
    expect(
      menuNamed(
        menuTemplate('darwin', () => undefined),
        'File',
      ).map((item) => item.role),
    ).toContain('close');
    expect(
      menuNamed(
        menuTemplate('darwin', () => undefined),
        'File',
      ).map((item) => item.role),
    ).not.toContain('quit');
  });

  it.each(platforms)('on %s, every command item asks the renderer to run exactly its own command', (platform) => {
    const runCommand = vi.fn();
    const items = commandItems(menuTemplate(platform, runCommand));
    expect(items.map((item) => item.id)).toEqual(menuCommands().map((command) => command.commandId));
    for (const item of items) {
      runCommand.mockClear();
      (item.click as () => void)();
      expect(runCommand, String(item.id)).toHaveBeenCalledTimes(1);
      expect(runCommand).toHaveBeenCalledWith(item.id);
    }
  });

  it('names each item with the title from the shared list', () => {
    const items = commandItems(menuTemplate('linux', () => undefined));
    expect(items.map((item) => item.label)).toEqual(menuCommands().map((command) => command.label));
  });
});

describe('shortcuts in the menu', () => {
  it('writes them as Electron accelerators', () => {
    expect(acceleratorOf({ key: 'p', mod: true, shift: true })).toBe('CmdOrCtrl+Shift+P');
    expect(acceleratorOf({ key: 'A', mod: true, shift: true })).toBe('CmdOrCtrl+Shift+A');
    expect(acceleratorOf({ key: 'o', mod: true })).toBe('CmdOrCtrl+O');
    expect(acceleratorOf({ key: 'ArrowDown', alt: true })).toBe('Alt+Down');
    expect(acceleratorOf({ key: 'j' })).toBe('J');
    expect(acceleratorOf({ key: '?' })).toBe('?');
  });

  it.each(['linux', 'win32'] as const)('on %s shows every shortcut but registers none', (platform) => {
    const items = commandItems(menuTemplate(platform, () => undefined));
    const withShortcut = menuCommands().filter((command) => command.shortcut);
    expect(withShortcut.length).toBeGreaterThan(5);
    for (const command of withShortcut) {
      const item = items.find((candidate) => candidate.id === command.commandId)!;
      expect(item.accelerator, command.commandId).toBe(acceleratorOf(command.shortcut!));
      // The renderer's key handler runs it, and leaves bare letters alone while the user types.
      expect(item.registerAccelerator, command.commandId).toBe(false);
    }
    expect(items.find((item) => item.id === 'talk.next')?.accelerator).toBe('J');
  });

  it('on macOS never makes a bare key an accelerator: it would fire while the user types', () => {
    const items = commandItems(menuTemplate('darwin', () => undefined));
    const byId = (id: string) => items.find((item) => item.id === id)!;
    for (const id of ['talk.next', 'talk.previous', 'note.new', 'action.new', 'highlight.selection', 'star.toggle']) {
      expect(byId(id).accelerator, id).toBeUndefined();
    }
    expect(byId('talk.next').label).toBe('Next talk in the list (J)');
    expect(byId('help.shortcuts').label).toBe('Keyboard shortcuts (?)');
    expect(byId('help.shortcuts').accelerator).toBeUndefined();
    expect(byId('palette.open').accelerator).toBe('CmdOrCtrl+Shift+P');
    expect(byId('recap.import').accelerator).toBe('CmdOrCtrl+O');
    expect(byId('view.trash').accelerator).toBeUndefined();
  });

  it('gives no two menu commands one shortcut', () => {
    const shortcuts = menuCommands()
      .filter((command) => command.shortcut)
      .map((command) => acceleratorOf(command.shortcut!).toLowerCase());
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    expect(appMenus.length).toBe(6);
  });
});
