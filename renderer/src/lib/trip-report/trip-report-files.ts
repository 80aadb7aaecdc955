// The names a trip report and a notes-app export suggest, and what an export did, in the user's words.
import type { Conference } from '../../../../electron/common/domain';
import type { NotesFolderExport } from '../../../../electron/common/ipc-contract';
import { slugOf } from '../../../../electron/common/schedule-import/schedule-conference';

/** "trip-report-kubecon-cloudnativecon-europe-2022.md": the conference in the name, so reports don't collide. */
export function reportFileName(conference: Conference, extension: string): string {
  const slug = slugOf(conference.name).slice(0, 80) || 'conference';
  return `trip-report-${slug}.${extension}`;
}

/** The folder a notes-app export suggests: the conference's name, safe on every system. */
export function notesFolderName(conference: Conference): string {
  const safe = conference.name
    .replace(/[<>:"/\\|?*\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 100);
  return safe || 'Debrief notes';
}

/** "3 files created, 1 updated, 5 unchanged in /path." and what was left alone, and why. */
export function describeNotesFolderExport(result: NotesFolderExport): string {
  const parts = [
    `${result.created.length} ${result.created.length === 1 ? 'file' : 'files'} created`,
    `${result.updated.length} updated`,
    `${result.unchanged} unchanged`,
  ];
  const leftAlone = result.leftAlone.map((entry) => `${entry.file} (${entry.reason})`);
  const alone = leftAlone.length > 0 ? ` Left alone: ${leftAlone.join('; ')}.` : '';
  return `${parts.join(', ')} in ${result.folder}.${alone}`;
}
