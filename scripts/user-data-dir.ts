// The platform's per-user data folder for Debrief, the same one Electron's app.getPath('userData') uses.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** ~/.config/Debrief on Linux, ~/Library/Application Support/Debrief on macOS, %APPDATA%\Debrief on Windows. */
export function debriefUserDataDir(): string {
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Debrief');
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Debrief');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Debrief');
}
