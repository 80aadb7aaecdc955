// "Copy as GitHub issue": a link to GitHub's new-issue form with the title, body and labels filled
// in from one action item. Nothing is sent: the user opens the link and submits the form themselves.
import type { ActionItem } from '../../../../electron/common/user-records';
import {
  displayTitle,
  oneLine,
  talkDeepLink,
  talkPlace,
  talkWebLink,
  truncateText,
  wellFormed,
  type ExportableAction,
} from './exportable-action';
import { escapeMarkdownLine, escapeMarkdownText } from './markdown-checklist';

/** Longest link made: browsers and GitHub's servers start refusing long URLs somewhere past 8 KB. */
export const maxGithubUrlLength = 8000;
/** GitHub refuses issue titles longer than this. */
export const maxGithubTitleLength = 256;

/** The link, or why there is none (a repository that is not `owner/name`). */
export type GithubIssueLink = { ok: true; url: string; truncated: boolean } | { ok: false; error: string };

// GitHub's rules: an owner is 1–39 letters, digits or single hyphens, not at either end; a repository
// name is letters, digits, `.`, `_` and `-`, at most 100 characters, and not `.` or `..`.
const ownerPattern = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const namePattern = /^[A-Za-z0-9._-]{1,100}$/;

/** Reads `owner/name`, also as a pasted `https://github.com/owner/name(.git)` link; null when it is neither. */
export function parseGithubRepo(text: string): { owner: string; name: string } | null {
  const bare = text
    .trim()
    .replace(/^https?:\/\/(www\.)?github\.com\//i, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  const [owner, name, ...rest] = bare.split('/');
  if (!owner || !name || rest.length > 0) return null;
  if (!ownerPattern.test(owner) || !namePattern.test(name) || name === '.' || name === '..') return null;
  return { owner, name };
}

const truncationNote = '\n\n…\n\n_(Shortened to fit in a link: the full notes are in Debrief.)_';

function details(action: ActionItem): string {
  return [
    action.owner?.trim() ? `- **Owner:** ${escapeMarkdownText(oneLine(action.owner))}` : '',
    action.due ? `- **Due:** ${action.due}` : '',
    action.priority ? `- **Priority:** ${action.priority}` : '',
    action.status !== 'open' ? `- **Status in Debrief:** ${action.status}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function talkLine({ item }: ExportableAction): string {
  const title = escapeMarkdownText(oneLine(item.title)) || 'Untitled talk';
  const web = talkWebLink(item);
  const linked = web ? `[${title}](<${web}>)` : `**${title}**`;
  const place = talkPlace(item) ? ` (${escapeMarkdownText(talkPlace(item))})` : '';
  // GitHub drops links with schemes it does not know, so the deep link is shown as code to copy.
  return `From the talk ${linked}${place}. In Debrief: \`${talkDeepLink(item.id)}\``;
}

/**
 * The action's own words (notes as the Markdown the user wrote, the source quote as a quotation):
 * the part that is shortened when the link would be too long.
 */
function cuttablePart(action: ActionItem): string {
  const quote = action.sourceQuote?.trim()
    ? action.sourceQuote
        .trim()
        .split(/\r\n|\r|\n/)
        .map((line) => `> ${escapeMarkdownLine(line)}`)
        .join('\n')
    : '';
  return [action.notes.trim(), quote].filter(Boolean).join('\n\n');
}

/** A GitHub label from a tag: commas separate labels in the link, so they cannot be in one. */
function githubLabel(tag: string): string {
  return oneLine(tag.replace(/,/g, ' '));
}

/** Encoded characters the labels may take, so that many tags cannot crowd the notes out of the link. */
const maxLabelsLength = 1000;

function fittingLabels(tags: readonly string[]): string {
  const kept: string[] = [];
  for (const label of new Set(tags.map(githubLabel).filter(Boolean))) {
    if (encodeURIComponent(wellFormed([...kept, label].join(','))).length > maxLabelsLength) break;
    kept.push(label);
  }
  return kept.join(',');
}

/** GitHub's new-issue link for one action in `owner/name`, its body shortened with a note if the link would pass 8,000 characters. */
export function githubNewIssueUrl(repo: string, exportable: ExportableAction): GithubIssueLink {
  const parsed = parseGithubRepo(repo);
  if (!parsed) {
    return {
      ok: false,
      error: `"${repo.trim()}" is not a GitHub repository: write it as owner/name, such as "octocat/hello-world"`,
    };
  }
  const { action } = exportable;
  const base = `https://github.com/${parsed.owner}/${parsed.name}/issues/new`;
  const title = truncateText(wellFormed(displayTitle(action)), maxGithubTitleLength);
  const labels = fittingLabels(action.tags);
  const tail = [details(action), talkLine(exportable)].filter(Boolean).join('\n\n');
  const link = (body: string): string => {
    const query = [`title=${encodeURIComponent(title)}`, `body=${encodeURIComponent(wellFormed(body))}`];
    if (labels) query.push(`labels=${encodeURIComponent(wellFormed(labels))}`);
    return `${base}?${query.join('&')}`;
  };
  const cuttable = cuttablePart(action);
  const whole = link([cuttable, tail].filter(Boolean).join('\n\n'));
  if (whole.length <= maxGithubUrlLength) return { ok: true, url: whole, truncated: false };

  // Keep as much of the notes as fits, cut between code points; if even the details do not fit, cut everything.
  const shortened = (text: string, suffix: string): string | undefined => {
    const points = Array.from(text);
    let low = 0;
    let high = points.length;
    if (link(suffix).length > maxGithubUrlLength) return undefined;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (link(points.slice(0, middle).join('') + suffix).length <= maxGithubUrlLength) low = middle;
      else high = middle - 1;
    }
    return link(points.slice(0, low).join('') + suffix);
  };
  const url =
    shortened(cuttable, `${truncationNote}\n\n${tail}`) ??
    shortened([cuttable, tail].filter(Boolean).join('\n\n'), truncationNote) ??
    link(truncationNote.trim());
  return { ok: true, url, truncated: true };
}
