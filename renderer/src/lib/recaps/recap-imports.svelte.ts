// Importing recaps from the open dialog or a file dropped on the window, with the outcome said
// in one sentence the UI shows. One instance, shared by the sidebar and the drop zone.
import { mainProcess } from '../bridge';
import { db } from '../db/database';
import { routeHash } from '../route';
import { describeRecapImport, importRecapFile, recapFileFilters } from './import-recap-file';

/** The state of recap imports: the last outcome, and whether one is running. */
export class RecapImports {
  message = $state('');
  failed = $state(false);
  busy = $state(false);

  /** Imports bytes read from a file, then opens the recap. */
  async importBytes(name: string, bytes: Uint8Array): Promise<void> {
    this.busy = true;
    try {
      const outcome = await importRecapFile(db, name, bytes);
      this.message = describeRecapImport(name, outcome);
      this.failed = !outcome.recap;
      if (outcome.recap) window.location.hash = routeHash({ view: 'recap', recapId: outcome.recap.id });
    } catch (error) {
      this.message = `${name} could not be imported: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`;
      this.failed = true;
    } finally {
      this.busy = false;
    }
  }

  /** Says why a file was not imported. */
  refuse(message: string): void {
    this.message = message;
    this.failed = true;
  }

  /** Asks main for a file through the open dialog. */
  async chooseAndImport(): Promise<void> {
    try {
      const file = await mainProcess().openFile({ title: 'Import a recap', filters: recapFileFilters });
      if (file) await this.importBytes(file.name, file.bytes);
    } catch (error) {
      this.message = error instanceof Error ? error.message : String(error);
      this.failed = true;
    }
  }
}

/** The app's recap imports. */
export const recapImports = new RecapImports();
