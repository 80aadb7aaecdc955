// The main-process side of the IPC contract: one function per message. It uses Node but not
// Electron, so the end-to-end tests run these exact handlers behind the real renderer; Electron's
// dialogs and shell come in through `MainServices`.
import type {
  AppInfo,
  DebriefApi,
  NotesFolderExport,
  OpenedFile,
  OpenFileRequest,
  OpenRecapFilesRequest,
  SaveFileRequest,
} from '../common/ipc-contract';
import { loadContentBundle } from './content-loader';
import { writeFileAtomically } from './atomic-file';
import { listSnapshots, readSnapshot, writeSnapshot } from './backups';
import { exportNotesFolder } from './notes-folder-export';
import { readPickedFile } from './picked-file';
import { readPickedRecapFiles, readPickedRecapFolder } from './picked-recap-files';
import { TeamFolder } from './team-folder/team-folder';

/** Largest file a user may open for import; anything bigger is refused before it is read. */
export const maxOpenedFileBytes = 64 * 1024 * 1024;

/** What a save dialog is asked: the request without the text to write. */
export type SaveDialogRequest = Omit<SaveFileRequest, 'text'>;

/** What a folder dialog is asked. */
export interface ExportFolderRequest {
  title: string;
  /** The folder's name to suggest; where there is no dialog (the Chromium shell) it is the folder used. */
  suggestedFolderName: string;
}

/** What the handlers need from the OS: dialogs, the browser and a printer. Electron provides them; tests answer them. */
export interface MainServices {
  /** Asks where to save; resolves to the chosen path or undefined when cancelled. */
  chooseSavePath(request: SaveDialogRequest): Promise<string | undefined>;
  /**
   * Asks for the folder a notes-app export goes into (Obsidian users pick their vault, or a folder
   * in it); resolves to its path or undefined when cancelled. The folder may not exist yet.
   */
  chooseExportFolder(request: ExportFolderRequest): Promise<string | undefined>;
  /** Prints a self-contained HTML page to an A4 PDF with scripts off and no network; resolves to its bytes. */
  renderPdf(html: string): Promise<Uint8Array>;
  /**
   * Asks which file to open; resolves to its path or undefined when cancelled. Absent where there
   * is no open dialog (the Chromium shell): the renderer then uses the page's own file chooser.
   */
  chooseOpenPath?(request: OpenFileRequest): Promise<string | undefined>;
  /** Asks for recap files (several at once) or a folder; resolves to their paths or undefined when cancelled. */
  chooseRecapPaths?(request: OpenRecapFilesRequest): Promise<string[] | undefined>;
  /** Asks for the team folder (it can be made in the dialog); resolves to its path or undefined when cancelled. */
  chooseTeamFolder?(): Promise<string | undefined>;
  /** Opens a web link in the user's browser. */
  openInBrowser(url: string): Promise<void>;
}

/** Where the handlers find things, and what to report about the app. */
export interface HandlerSettings {
  contentDir: string;
  /** The app's own data folder (backups live in its `backups/`, the team folder's settings beside them). */
  userDataDir: string;
  /** What the app is; whether it has open dialogs follows from the services. */
  appInfo: Omit<AppInfo, 'openDialogs'>;
}

function noOpenDialog(): Error {
  return new Error('this window has no open dialog: choose the file in the page instead');
}

/** The handlers, and how to stop what they keep running (the team folder's watcher) when done with them. */
export interface MainHandlers extends DebriefApi {
  close(): Promise<void>;
}

/** Creates the handler of every message in the contract. */
export function createHandlers(settings: HandlerSettings, services: MainServices): MainHandlers {
  const teamFolder = new TeamFolder({ userDataDir: settings.userDataDir });
  return {
    async getAppInfo() {
      return { ...settings.appInfo, openDialogs: Boolean(services.chooseOpenPath && services.chooseRecapPaths) };
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
    async savePdf(request) {
      const path = await services.chooseSavePath({
        title: request.title,
        suggestedName: request.suggestedName,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (!path) return null;
      // Printed only once there is somewhere to put it: a cancelled dialog costs nothing.
      await writeFileAtomically(path, await services.renderPdf(request.html));
      return path;
    },
    async exportNotesFolder(request): Promise<NotesFolderExport | null> {
      const folder = await services.chooseExportFolder({
        title: request.title,
        suggestedFolderName: request.suggestedFolderName,
      });
      if (!folder) return null;
      return exportNotesFolder(folder, request.files);
    },
    async openFile(request): Promise<OpenedFile | null> {
      if (!services.chooseOpenPath) throw noOpenDialog();
      const path = await services.chooseOpenPath(request);
      if (!path) return null;
      return readPickedFile(path, maxOpenedFileBytes);
    },
    async openRecapFiles(request) {
      if (!services.chooseRecapPaths) throw noOpenDialog();
      const paths = await services.chooseRecapPaths(request);
      if (!paths || paths.length === 0) return null;
      if (request.folder) return readPickedRecapFolder(paths[0]!, maxOpenedFileBytes);
      return readPickedRecapFiles(paths, maxOpenedFileBytes);
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
    getTeamFolder() {
      return teamFolder.status();
    },
    async chooseTeamFolder() {
      if (!services.chooseTeamFolder) throw noOpenDialog();
      return (await services.chooseTeamFolder()) ?? null;
    },
    joinTeamFolder(request) {
      return teamFolder.join(request);
    },
    leaveTeamFolder() {
      return teamFolder.leave();
    },
    readTeamFolder(request) {
      return teamFolder.read(request);
    },
    writeTeamSegment(request) {
      return teamFolder.writeSegment(request);
    },
    shareTeamImport(request) {
      return teamFolder.shareImport(request);
    },
    listTeamImports() {
      return teamFolder.listImports();
    },
    readTeamImport(path) {
      return teamFolder.readImport(path);
    },
    close() {
      return teamFolder.close();
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
