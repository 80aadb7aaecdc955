// One door for every file the user hands the app — dropped on the window, opened from the file
// manager, or passed when Debrief starts: recaps go to the recap import, schedules to the
// schedule import, anything else is refused with a sentence that says what Debrief reads.
import { backupFormatName } from '../../../../electron/common/backup-format';
import { recapImports } from '../recaps/recap-imports.svelte';
import { scheduleImports } from '../schedule/schedule-imports.svelte';

const recapName = /\.(md|markdown|txt)$/i;
const scheduleName = /\.(ics|json|xml)$/i;

// A backup names its format near its start; a schedule never does.
function isDebriefBackup(name: string, bytes: Uint8Array): boolean {
  if (!/\.json$/i.test(name)) return false;
  const start = new TextDecoder().decode(bytes.subarray(0, 512));
  return new RegExp(`"format"\\s*:\\s*"${backupFormatName}"`).test(start);
}

/** Imports a file by its kind; a file of no kind Debrief reads changes nothing. */
export async function openUserFile(name: string, bytes: Uint8Array): Promise<void> {
  if (recapName.test(name)) return recapImports.importBytes(name, bytes);
  if (isDebriefBackup(name, bytes)) {
    return scheduleImports.refuse(
      `${name} is a Debrief backup, not a schedule: open Backups and choose “Restore from a file…” to see what it would restore. Nothing was changed.`,
    );
  }
  if (scheduleName.test(name)) return scheduleImports.read(name, bytes);
  recapImports.refuse(
    `${name} is not a file Debrief imports: open a recap (.md, .txt) or a schedule (.ics, .json, .xml). Nothing was changed.`,
  );
}
