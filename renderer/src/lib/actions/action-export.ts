// Exporting the chosen action items: pair them with their talks, write the file with the export
// formatters (lib/export), and hand the text to main's save dialog. Also the GitHub "copy as issue"
// link and the repository it goes to, which the user names once and Debrief remembers.
import type { SaveFileRequest } from '../../../../electron/common/ipc-contract';
import type { ActionItem } from '../../../../electron/common/user-records';
import { settingPrefix } from '../backup/backup-data';
import type { DebriefDatabase } from '../db/database';
import { isStillToDo, toExportableActions, type ExportContext } from '../export/exportable-action';
import { exportFormat, suggestedFileName, type ExportFormat } from '../export/formats';
import { githubNewIssueUrl, parseGithubRepo, type GithubIssueLink } from '../export/github-issue';
import { loadExportContext } from './action-queries';

/** What an export did: the file written (null when the user cancelled), and how many actions it holds. */
export interface ExportOutcome {
  path: string | null;
  written: number;
  /** Finished actions a tracker format leaves out. */
  leftOut: number;
}

/** The meta key under which the GitHub repository for "copy as issue" is remembered (a setting, so backed up). */
export const githubRepoSetting = `${settingPrefix}github-repo`;

/**
 * Writes `actions` in a format and saves them where the user picks. Deleted actions are never
 * written; tracker formats also leave out done and dropped ones (ExportFormat.onlyStillToDo).
 */
export async function exportActions(
  database: DebriefDatabase,
  actions: readonly ActionItem[],
  formatId: ExportFormat['id'],
  context: ExportContext,
  save: (request: SaveFileRequest) => Promise<string | null>,
): Promise<ExportOutcome> {
  const format = exportFormat(formatId);
  const { items, conferences } = await loadExportContext(database, actions);
  const exportable = toExportableActions(actions, items, conferences);
  const written = format.onlyStillToDo
    ? exportable.filter(({ action }) => isStillToDo(action)).length
    : exportable.length;
  const path = await save({
    title: `Export action items as ${format.label}`,
    suggestedName: suggestedFileName(format, context),
    filters: [format.filter],
    text: format.write(exportable, context),
  });
  return { path, written, leftOut: exportable.length - written };
}

/** What the user reads after an export: where it went and what it holds. */
export function describeExport(outcome: ExportOutcome, format: ExportFormat): string {
  if (outcome.path === null) return '';
  const count = `${outcome.written} action ${outcome.written === 1 ? 'item' : 'items'}`;
  const leftOut =
    outcome.leftOut > 0
      ? ` (${outcome.leftOut} done or dropped left out: ${format.label} is for work still to do)`
      : '';
  return `Saved to ${outcome.path}: ${count}${leftOut}.`;
}

/** The repository "copy as issue" goes to, once the user has named it. */
export async function getGithubRepo(database: DebriefDatabase): Promise<string | undefined> {
  const record = await database.meta.get(githubRepoSetting);
  return typeof record?.value === 'string' ? record.value : undefined;
}

/** Remembers the repository for "copy as issue"; throws, saving nothing, when it is not `owner/name`. */
export async function setGithubRepo(database: DebriefDatabase, typed: string): Promise<string> {
  const parsed = parseGithubRepo(typed);
  if (!parsed) {
    throw new Error(
      `"${typed.trim()}" is not a GitHub repository: write it as owner/name, such as "octocat/hello-world"`,
    );
  }
  const repo = `${parsed.owner}/${parsed.name}`;
  await database.transaction('rw', database.meta, () => database.meta.put({ key: githubRepoSetting, value: repo }));
  return repo;
}

/** GitHub's new-issue link for one action, filled in with its title, notes, details and talk. */
export async function githubIssueLink(
  database: DebriefDatabase,
  action: ActionItem,
  repo: string,
): Promise<GithubIssueLink> {
  const { items, conferences } = await loadExportContext(database, [action]);
  const [exportable] = toExportableActions([action], items, conferences);
  if (!exportable) return { ok: false, error: 'this action item is deleted: restore it first' };
  return githubNewIssueUrl(repo, exportable);
}
