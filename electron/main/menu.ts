// The application menu: the standard roles, so copy, paste, zoom and quit work as people expect.
import { Menu, type MenuItemConstructorOptions } from 'electron';

/** Builds the menu bar. */
export function buildMenu(): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
