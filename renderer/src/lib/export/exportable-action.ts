// What every export format is written from: an action item together with the talk it belongs to,
// as plain data. The formatters in this folder are pure (no DOM, no Dexie): data in, text out,
// and the time and app version come in through ExportContext so the same input gives the same file.
import type { Conference, RecapItem } from '../../../../electron/common/domain';
import type { ActionItem } from '../../../../electron/common/user-records';

/** The talk (or keynote, panel, booth) an exported action belongs to, in the words an export shows. */
export interface ExportTalk {
  /** The recap item's stable id, `<conference id>/<item slug>`. */
  id: string;
  title: string;
  conferenceName: string;
  /** "Day 1", "Day 0"; absent for booths. */
  dayLabel?: string;
  /** The talk's recording, or its schedule page: an http(s) link another tool can open. */
  url?: string;
  /** Set when the recap no longer has the item; the user's actions on it are kept and still exported. */
  removed?: boolean;
}

/** One action item ready to export, with the talk it links back to. */
export interface ExportableAction {
  action: ActionItem;
  item: ExportTalk;
}

/** What an export needs besides the actions: fixed here so tests get the same bytes every run. */
export interface ExportContext {
  exportedAt: Date;
  appVersion: string;
}

/** Shown where an action has no title (only spaces): trackers refuse empty summaries. */
export const untitledAction = '(untitled action)';

/** The link that opens a talk in Debrief. Each path segment is encoded, the slash between them kept. */
export function talkDeepLink(itemId: string): string {
  return `debrief://item/${itemId.split('/').map(encodeURIComponent).join('/')}`;
}

/** The talk's web link when it is a plain http(s) URL; anything else (javascript:, spaces, line breaks) is left out. */
export function talkWebLink(talk: ExportTalk): string | undefined {
  const url = talk.url?.trim();
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a link
  if (!url || /[\s\u0000-\u001f\u007f]/.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The talk's web link when it has one, otherwise its Debrief deep link: the one link a single-link field gets. */
export function talkLink(talk: ExportTalk): string {
  return talkWebLink(talk) ?? talkDeepLink(talk.id);
}

/** An action's title on one line; a title of only spaces becomes "(untitled action)". */
export function displayTitle(action: ActionItem): string {
  return oneLine(action.title) || untitledAction;
}

/** Text cut to at most `max` code points, ending in "…" when cut; never splits a character made of two UTF-16 units. */
export function truncateText(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Whether an action is still to do: the only kind tracker imports (Todoist, Jira) are given. */
export function isStillToDo(action: ActionItem): boolean {
  return action.status === 'open' || action.status === 'in progress';
}

/** Text with every run of whitespace (line breaks included) made one space, trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "KubeCon + CloudNativeCon Europe 2022, Day 1": where the talk was, for a line under its title. */
export function talkPlace(talk: ExportTalk): string {
  return [talk.conferenceName, talk.dayLabel].filter(Boolean).join(', ');
}

/** Text with lone UTF-16 surrogates replaced by U+FFFD, so URL encoding and UTF-8 byte counts cannot fail. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * An action's notes, source quote, owner and talk as plain text, for fields that are not Markdown
 * (iCalendar DESCRIPTION, tracker descriptions). `extra` lines (such as a status) go before the talk.
 */
export function plainDescription(action: ActionItem, talk: ExportTalk, extra: readonly string[] = []): string {
  const web = talkWebLink(talk);
  const talkLine = [oneLine(talk.title) || 'Untitled talk', talkPlace(talk)].filter(Boolean).join(' — ');
  const removed = talk.removed ? ' (removed from the recap)' : '';
  const paragraphs = [
    action.notes.trim(),
    action.sourceQuote?.trim() ? `From the talk: “${action.sourceQuote.trim()}”` : '',
    [action.owner?.trim() ? `Owner: ${oneLine(action.owner)}` : '', ...extra].filter(Boolean).join('\n'),
    [`Talk: ${talkLine}${removed}`, web ?? '', `Open in Debrief: ${talkDeepLink(talk.id)}`].filter(Boolean).join('\n'),
  ];
  return paragraphs.filter(Boolean).join('\n\n');
}

/** The actions in groups by talk: talks in order of their first action, actions in the order given. */
export function groupByTalk(actions: readonly ExportableAction[]): { talk: ExportTalk; actions: ActionItem[] }[] {
  const groups = new Map<string, { talk: ExportTalk; actions: ActionItem[] }>();
  for (const { action, item } of actions) {
    const group = groups.get(item.id) ?? { talk: item, actions: [] };
    group.actions.push(action);
    groups.set(item.id, group);
  }
  return [...groups.values()];
}

/** A recap item as the database keeps it: `removed` is set when a content update dropped it. */
type KnownItem = RecapItem & { removed?: 0 | 1 };

/**
 * Pairs actions with their talks for export. Actions in the Trash are left out: exporting them
 * to a tracker would bring back work the user threw away. An action whose talk is unknown keeps
 * its item id as the title, so it is still exported and still links back.
 */
export function toExportableActions(
  actions: readonly ActionItem[],
  items: readonly KnownItem[],
  conferences: readonly Conference[],
): ExportableAction[] {
  const itemsById = new Map(items.map((item) => [item.id, item]));
  const conferencesById = new Map(conferences.map((conference) => [conference.id, conference]));
  return actions
    .filter((action) => !action.deletedAt)
    .map((action) => {
      const item = itemsById.get(action.itemId);
      if (!item)
        return { action, item: { id: action.itemId, title: action.itemId, conferenceName: '', removed: true } };
      const conference = conferencesById.get(item.conferenceId);
      const dayLabel =
        item.day === undefined
          ? undefined
          : (conference?.days.find((day) => day.number === item.day)?.label ?? `Day ${item.day}`);
      const url = item.links.video ?? item.links.schedule;
      return {
        action,
        item: {
          id: item.id,
          title: item.title,
          conferenceName: conference?.name ?? item.conferenceId,
          ...(dayLabel === undefined ? {} : { dayLabel }),
          ...(url === undefined ? {} : { url }),
          ...(item.removed === 1 ? { removed: true } : {}),
        },
      };
    });
}
