// Action items as a Markdown checklist (GitHub task lists), one section per talk whose heading links
// back to it. Everything the user typed is escaped, so a title such as "- [x] done ## # <b>" stays
// one line of text and cannot start a list item, a heading, HTML or a code block of its own.
import type { ActionItem } from '../../../../electron/common/user-records';
import {
  displayTitle,
  groupByTalk,
  oneLine,
  talkDeepLink,
  talkPlace,
  talkWebLink,
  type ExportContext,
  type ExportableAction,
  type ExportTalk,
} from './exportable-action';

// Characters that start or end inline structure anywhere in a line: emphasis, code, links, raw HTML
// and autolinks, tables, strikethrough, headings (a trailing `#` closes one). Escaping every ASCII
// punctuation mark would also be valid CommonMark, but would turn "e.g." into "e\.g\." for no gain.
const inlineSignificant = /[\\`*_[\]<>|~#]/g;
// An entity such as `&amp;` would render as `&`; a bare `&` is harmless and stays readable.
const entityLike = /&(?=#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi;

/** Text the user typed, escaped to show as itself in the middle of a Markdown line. */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\t/g, ' ')
    .replace(inlineSignificant, (character) => `\\${character}`)
    .replace(entityLike, '\\&');
}

/**
 * Text the user typed, escaped to show as itself at the start of a line too, where `-`, `+`, `=`
 * and "1." would start a list or underline a heading. An ordered-list number is escaped on its delimiter ("1\.").
 */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdownText(text)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^[-+=]/, '\\$&');
}

/** A link destination in angle brackets, which allows any character but `<`, `>` and line breaks. */
function destination(url: string): string {
  return `<${url.replace(/[<>\s]/g, (character) => encodeURIComponent(character))}>`;
}

/** Multi-line text as lines of an item's body, each escaped and indented under the item. */
function bodyLines(text: string, prefix: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `${prefix}${escapeMarkdownLine(line)}`);
}

const statusNotes: Record<ActionItem['status'], string> = {
  open: '',
  'in progress': ' (in progress)',
  done: '',
  dropped: ' (dropped)',
};

function details(action: ActionItem): string {
  const parts = [
    action.owner?.trim() ? `owner: ${escapeMarkdownText(oneLine(action.owner))}` : '',
    action.due ? `due: ${escapeMarkdownText(action.due)}` : '',
    action.priority ? `priority: ${action.priority}` : '',
    action.tags.length > 0 ? `tags: ${action.tags.map((tag) => escapeMarkdownText(oneLine(tag))).join(', ')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` — ${parts.join(' · ')}` : '';
}

function checklistItem(action: ActionItem): string {
  const checked = action.status === 'done' || action.status === 'dropped';
  const title = escapeMarkdownLine(displayTitle(action));
  const shownTitle = action.status === 'dropped' ? `~~${title}~~` : title;
  const notes = bodyLines(action.notes, '  ');
  const quote = action.sourceQuote ? bodyLines(action.sourceQuote, '  > ') : [];
  const first = `- [${checked ? 'x' : ' '}] ${shownTitle}${statusNotes[action.status]}${details(action)}`;
  // A backslash at the end of a line is a hard line break: the notes show under the title, each on its own line.
  const body = [first, ...notes].map((line, index, all) => (index < all.length - 1 ? `${line}\\` : line));
  return [...body, ...quote].join('\n');
}

function talkSection(talk: ExportTalk, actions: ActionItem[]): string {
  const title = escapeMarkdownText(oneLine(talk.title)) || 'Untitled talk';
  const removed = talk.removed ? ' (removed from the recap)' : '';
  const web = talkWebLink(talk);
  const place = [escapeMarkdownText(talkPlace(talk)), web ? `[Watch or read about it](${destination(web)})` : '']
    .filter(Boolean)
    .join(' · ');
  return [
    `## [${title}](${destination(talkDeepLink(talk.id))})${removed}`,
    ...(place ? ['', place] : []),
    '',
    actions.map(checklistItem).join('\n'),
  ].join('\n');
}

/** Writes action items as a Markdown checklist grouped by talk; each heading links back to its talk in Debrief. */
export function exportActionsAsMarkdown(actions: readonly ExportableAction[], context: ExportContext): string {
  const groups = groupByTalk(actions);
  const count = `${actions.length} action ${actions.length === 1 ? 'item' : 'items'}`;
  const header = [
    '# Action items',
    '',
    `Exported from Debrief ${escapeMarkdownText(context.appVersion)} on ${context.exportedAt.toISOString().slice(0, 10)}: ${count}.`,
  ].join('\n');
  return `${[header, ...groups.map((group) => talkSection(group.talk, group.actions))].join('\n\n')}\n`;
}
