// The native menu bar as data: which of the app's commands each menu carries, in what order, under
// the title and with the shortcut the command palette shows. Main builds Electron's menu from it;
// a unit test reads the renderer's command list and fails when an id, a title or a shortcut here
// differs from it, so the menu and the palette cannot drift apart.

/** A key combination, written as the renderer's command list writes it: `mod` is Ctrl, or Cmd on a Mac. */
export interface MenuShortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

/** A menu item that runs one of the renderer's commands. */
export interface MenuCommand {
  /** The command's id in the renderer's list (`talk.next`). */
  commandId: string;
  /** The command's title in the palette, word for word. */
  label: string;
  /** The command's first shortcut (the one the palette shows), if it has one. */
  shortcut?: MenuShortcut;
}

/** Electron's standard items this menu bar uses, by role: they work in text fields as people expect. */
export type StandardRole =
  | 'close'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools';

/** One entry of a menu: a command, a standard item, or a separator. */
export type MenuEntry = MenuCommand | { role: StandardRole } | { separator: true };

/** A menu of the menu bar. */
export interface AppMenu {
  label: string;
  entries: MenuEntry[];
}

const separator = { separator: true } as const;

/** The menus Debrief adds to the menu bar, in order (main adds the macOS app menu and the Window menu). */
export const appMenus: readonly AppMenu[] = [
  {
    label: 'File',
    entries: [
      { commandId: 'recap.import', label: 'Import a recap…', shortcut: { key: 'o', mod: true } },
      { commandId: 'schedule.import', label: 'Import a conference schedule…' },
      { commandId: 'actions.export', label: 'Export action items…', shortcut: { key: 'E', mod: true, shift: true } },
      { commandId: 'report.trip', label: 'Trip report…' },
      { commandId: 'report.notes-app', label: 'Export to notes app…' },
      { commandId: 'backup.now', label: 'Back up now' },
      separator,
      // Main swaps this for Quit outside macOS, where the app menu already has Quit.
      { role: 'close' },
    ],
  },
  {
    label: 'Edit',
    entries: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  },
  {
    label: 'View',
    entries: [
      { commandId: 'search.focus', label: 'Search the recap', shortcut: { key: 'k', mod: true } },
      { commandId: 'palette.open', label: 'Show all commands', shortcut: { key: 'p', mod: true, shift: true } },
      { commandId: 'view.actions', label: 'Open Actions', shortcut: { key: 'A', mod: true, shift: true } },
      { commandId: 'view.annotations', label: 'Open Annotations', shortcut: { key: 'L', mod: true, shift: true } },
      { commandId: 'view.library', label: 'Open Library' },
      { commandId: 'view.trash', label: 'Open Trash' },
      { commandId: 'view.backups', label: 'Open Backups' },
      { commandId: 'view.team', label: 'Team folder…' },
      { commandId: 'view.talk-list', label: 'Show or hide the talk list', shortcut: { key: '\\', mod: true } },
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      { role: 'toggleDevTools' },
    ],
  },
  {
    label: 'Go',
    entries: [
      {
        commandId: 'conference.goto',
        label: 'Go to conference…',
        shortcut: { key: 'K', mod: true, shift: true },
      },
      separator,
      { commandId: 'talk.next', label: 'Next talk in the list', shortcut: { key: 'j' } },
      { commandId: 'talk.previous', label: 'Previous talk in the list', shortcut: { key: 'k' } },
    ],
  },
  {
    label: 'Talk',
    entries: [
      { commandId: 'note.new', label: 'Write a note on this talk', shortcut: { key: 'n' } },
      { commandId: 'action.new', label: 'New action item', shortcut: { key: 'a' } },
      { commandId: 'highlight.selection', label: 'Highlight the selected passage', shortcut: { key: 'h' } },
      { commandId: 'star.toggle', label: 'Star or unstar this talk', shortcut: { key: 's' } },
    ],
  },
  {
    label: 'Help',
    entries: [{ commandId: 'help.shortcuts', label: 'Keyboard shortcuts', shortcut: { key: '?' } }],
  },
];

/** Whether a menu entry runs one of the app's commands. */
export function isMenuCommand(entry: MenuEntry): entry is MenuCommand {
  return 'commandId' in entry;
}

/** Every command the menu bar carries, in menu order. */
export function menuCommands(menus: readonly AppMenu[] = appMenus): MenuCommand[] {
  return menus.flatMap((menu) => menu.entries.filter(isMenuCommand));
}
