// Where the app finds its bundled content and renderer, packaged or not.
import { join } from 'node:path';

/** What decides the paths: Electron's `app.isPackaged`, `process.resourcesPath` and `app.getAppPath()`. */
export interface AppLocation {
  isPackaged: boolean;
  resourcesPath: string;
  appPath: string;
}

/** The content folder: an extra resource beside app.asar when packaged, the repo's `content/` otherwise. */
export function contentDirOf(location: AppLocation): string {
  return location.isPackaged ? join(location.resourcesPath, 'content') : join(location.appPath, 'content');
}

/** The built renderer folder (inside app.asar when packaged). */
export function rendererDirOf(location: AppLocation): string {
  return join(location.appPath, 'out', 'renderer');
}
