// The questions the annotation views ask the database, and the filters of the Annotations view.
// Records damaged on disk are skipped (see damaged-records.ts): one must not hide the others.
import { isWellFormed, wellFormed } from '../../../../electron/common/damaged-records';
import type { Conference } from '../../../../electron/common/domain';
import type { Annotation, ItemState } from '../../../../electron/common/user-records';
import { ownAuthor } from '../actions/action-filters';
import type { DebriefDatabase, StoredItem } from '../db/database';
import { authorsOf } from '../team/authors';

/** A note or highlight with the talk and conference it belongs to (absent if the talk is unknown). */
export interface AnnotationRow {
  annotation: Annotation;
  item?: StoredItem;
  conference?: Conference;
  /** The teammate's device that wrote it, when it came through the team folder; absent for the user's own. */
  author?: string;
}

/** What the Annotations view narrows by; an absent field does not filter. */
export interface AnnotationFilter {
  kind?: Annotation['kind'];
  tag?: string;
  color?: string;
  conferenceId?: string;
  day?: number;
  /** Words that must all appear in the note, the highlighted quote or the tags. */
  text?: string;
  /** A teammate's device id: only what they wrote; `ownAuthor` for the user's own. */
  author?: string;
}

/** The live notes and highlights on one talk: notes first (oldest first), then highlights in text order. */
export async function listItemAnnotations(database: DebriefDatabase, itemId: string): Promise<Annotation[]> {
  const all = wellFormed('annotations', await database.annotations.where('itemId').equals(itemId).toArray());
  return all.filter((annotation) => !annotation.deletedAt).sort(byPlaceInTalk);
}

/** The user's marks on a talk, or the unmarked default. */
export async function getItemState(database: DebriefDatabase, itemId: string): Promise<ItemState> {
  const state = await database.itemStates.get(itemId);
  return state && isWellFormed('itemStates', state) ? state : { itemId, starred: false, updatedAt: '' };
}

/** Every tag the user has put on a live note, highlight or action item, sorted, each spelling once. */
export async function listUsedTags(database: DebriefDatabase): Promise<string[]> {
  const [annotations, actions] = await Promise.all([database.annotations.toArray(), database.actions.toArray()]);
  const byKey = new Map<string, string>();
  for (const record of [...wellFormed('annotations', annotations), ...wellFormed('actions', actions)]) {
    if (record.deletedAt) continue;
    for (const tag of record.tags) if (!byKey.has(tag.toLocaleLowerCase())) byKey.set(tag.toLocaleLowerCase(), tag);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}

/**
 * Every live note and highlight in the recap with its talk, most recently changed first. A note
 * with no text and no tags (typed, then erased) says nothing, so it is left out.
 */
export async function listAnnotationRows(database: DebriefDatabase): Promise<AnnotationRow[]> {
  const live = wellFormed('annotations', await database.annotations.toArray()).filter(
    (annotation) =>
      !annotation.deletedAt &&
      (annotation.kind === 'highlight' || annotation.body.trim() !== '' || annotation.tags.length > 0),
  );
  live.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return withItems(database, live);
}

/** Every deleted note and highlight (the Trash), most recently deleted first. */
export async function listTrash(database: DebriefDatabase): Promise<AnnotationRow[]> {
  const deleted = wellFormed('annotations', await database.annotations.where('deletedAt').above('').toArray());
  deleted.sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
  return withItems(database, deleted);
}

async function withItems(database: DebriefDatabase, annotations: Annotation[]): Promise<AnnotationRow[]> {
  const itemIds = [...new Set(annotations.map((annotation) => annotation.itemId))];
  const [items, conferences] = await Promise.all([database.items.bulkGet(itemIds), database.conferences.toArray()]);
  const itemById = new Map(items.flatMap((item) => (item ? [[item.id, item] as const] : [])));
  const conferenceById = new Map(conferences.map((conference) => [conference.id, conference]));
  const authors = await authorsOf(database, 'annotation', annotations);
  return annotations.map((annotation) => {
    const item = itemById.get(annotation.itemId);
    const author = authors.get(annotation.id);
    return {
      annotation,
      item,
      conference: item ? conferenceById.get(item.conferenceId) : undefined,
      ...(author ? { author } : {}),
    };
  });
}

/** The rows that pass every part of the filter. */
export function filterAnnotationRows(rows: readonly AnnotationRow[], filter: AnnotationFilter): AnnotationRow[] {
  const words = foldCase(filter.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const tag = filter.tag?.toLocaleLowerCase();
  return rows.filter(({ annotation, item, author }) => {
    if (filter.kind && annotation.kind !== filter.kind) return false;
    if (filter.author && (author ?? ownAuthor) !== filter.author) return false;
    if (tag && !annotation.tags.some((t) => t.toLocaleLowerCase() === tag)) return false;
    if (filter.color && (annotation.kind !== 'highlight' || (annotation.color ?? 'yellow') !== filter.color)) {
      return false;
    }
    if (filter.conferenceId && item?.conferenceId !== filter.conferenceId) return false;
    if (filter.day !== undefined && item?.day !== filter.day) return false;
    if (words.length === 0) return true;
    const haystack = foldCase([annotation.body, annotation.target?.quote.exact ?? '', ...annotation.tags].join('\n'));
    return words.every((word) => haystack.includes(word));
  });
}

/** The values the filters can take, drawn from the rows themselves. */
export function annotationFilterChoices(rows: readonly AnnotationRow[]): {
  tags: string[];
  colors: string[];
  conferences: Conference[];
  days: { conferenceId: string; number: number; label: string }[];
} {
  const tags = new Map<string, string>();
  const colors = new Set<string>();
  const conferences = new Map<string, Conference>();
  const days = new Map<string, { conferenceId: string; number: number; label: string }>();
  for (const { annotation, item, conference } of rows) {
    for (const tag of annotation.tags) if (!tags.has(tag.toLocaleLowerCase())) tags.set(tag.toLocaleLowerCase(), tag);
    if (annotation.kind === 'highlight') colors.add(annotation.color ?? 'yellow');
    if (conference) conferences.set(conference.id, conference);
    if (item?.day !== undefined) {
      const label = conference?.days.find((day) => day.number === item.day)?.label ?? `Day ${item.day}`;
      days.set(`${item.conferenceId}/${item.day}`, { conferenceId: item.conferenceId, number: item.day, label });
    }
  }
  return {
    tags: [...tags.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })),
    colors: [...colors],
    conferences: [...conferences.values()],
    days: [...days.values()].sort((a, b) => a.conferenceId.localeCompare(b.conferenceId) || a.number - b.number),
  };
}

function byPlaceInTalk(a: Annotation, b: Annotation): number {
  if (a.kind !== b.kind) return a.kind === 'note' ? -1 : 1;
  const positionA = a.target?.position.start ?? 0;
  const positionB = b.target?.position.start ?? 0;
  return positionA - positionB || a.createdAt.localeCompare(b.createdAt);
}

/** Lower case without accents, so "resume" finds "résumé". */
function foldCase(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}
