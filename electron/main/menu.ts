// The application menu: Debrief's commands (built as data in menu-template.ts) beside the
// standard roles, so copy, paste, zoom and quit work as people expect.
import { Menu } from 'electron';
import { menuTemplate, type MenuPlatform } from './menu-template';

function menuPlatform(): MenuPlatform {
  return process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';
}

/** Builds the menu bar; choosing a command calls `runCommand` with its id. */
export function buildMenu(runCommand: (commandId: string) => void): Menu {
  return Menu.buildFromTemplate(menuTemplate(menuPlatform(), runCommand));
}
