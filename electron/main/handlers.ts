// The main-process side of the IPC contract: one function per message. It uses Node but not
// Electron, so the end-to-end tests run these exact handlers behind the real renderer; Electron's
// dialogs and shell come in through `MainServices`.
import type { AppInfo, DebriefApi, OpenedFile, OpenFileRequest, SaveFileRequest } from '../common/ipc-contract';
import { loadContentBundle } from './content-loader';
import { writeFileAtomically } from './atomic-file';
import { listSnapshots, readSnapshot, writeSnapshot } from './backups';
import { readPickedFile } from './picked-file';

/** Largest file a user may open for import; anything bigger is refused before it is read. */
export const maxOpenedFileBytes = 64 * 1024 * 1024;

/** What the handlers need from the OS: dialogs and the browser. Electron provides them; tests answer them. */
export interface MainServices {
  /** Asks where to save; resolves to the chosen path or undefined when cancelled. */
  chooseSavePath(request: SaveFileRequest): Promise<string | undefined>;
  /** Asks which file to open; resolves to its path or undefined when cancelled. */
  chooseOpenPath(request: OpenFileRequest): Promise<string | undefined>;
  /** Opens a web link in the user's browser. */
  openInBrowser(url: string): Promise<void>;
}

/** Where the handlers find things, and what to report about the app. */
export interface HandlerSettings {
  contentDir: string;
  /** The app's own data folder (backups live in its `backups/`). */
  userDataDir: string;
  appInfo: AppInfo;
}

/** Creates the handler of every message in the contract. */
export function createHandlers(settings: HandlerSettings, services: MainServices): DebriefApi {
  return {
    async getAppInfo() {
      return settings.appInfo;
    },
    loadContent() {
      return loadContentBundle(settings.contentDir);
    },
    async saveFile(request) {
      const path = await services.chooseSavePath(request);
      if (!path) return null;
      await writeFileAtomically(path, request.text);
      return path;
    },
    async openFile(request): Promise<OpenedFile | null> {
      const path = await services.chooseOpenPath(request);
      if (!path) return null;
      return readPickedFile(path, maxOpenedFileBytes);
    },
    async openExternal(url) {
      if (!isWebLink(url)) throw new Error('openExternal: only http and https links can be opened');
      await services.openInBrowser(url);
    },
    writeBackup(text) {
      return writeSnapshot(settings.userDataDir, text);
    },
    listBackups() {
      return listSnapshots(settings.userDataDir);
    },
    readBackup(name) {
      return readSnapshot(settings.userDataDir, name);
    },
  };
}

/** Whether a string is an http(s) URL (the only links the app hands to the browser). */
export function isWebLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
