// What the index holds: one flat document per recap item, per annotation and per action item.
// Annotations and actions carry the facts of the item they belong to (conference, day, track),
// so `day:1` finds the notes taken on day 1 too.
import type { ItemKind, RecapItem } from '../../../../electron/common/domain';
import type { ActionItem, ActionStatus, Annotation } from '../../../../electron/common/user-records';

/** What a search result is: an item kind, or one of the user's own records. */
export type ResultKind = ItemKind | 'note' | 'highlight' | 'action';

/** A document of the search index. Every field but `id` is stored with it. */
export interface SearchDocument {
  /** `item:<item id>`, `annotation:<id>` or `action:<id>`. */
  id: string;
  kind: ResultKind;
  /** The recap item it is, or belongs to. */
  itemId: string;
  /** That item's title, so a note's result can say where it lives. */
  itemTitle: string;
  conferenceId: string;
  day?: number;
  /** The author's order within the day, for listing filter-only results in recap order. */
  order?: number;
  track?: string;
  /**
   * The title as indexed: the item's or the action's title. Empty for notes and highlights,
   * whose words are all in `text` — a synthetic title would rank a note above the talk it is on.
   */
  title: string;
  /** Speakers' names and organisations, one string. */
  speakers: string;
  /** Tags and track as searchable words. */
  tags: string;
  /** The tags as written, for `tag:`. */
  tagList: string[];
  /** Plain text: the body without Markdown syntax, takeaways, a booth's verdict, a note, an action's notes. */
  text: string;
  /** Action items only. */
  status?: ActionStatus;
  /** Action items only: ISO date. */
  due?: string;
  /** 1 when the latest content no longer has the item. */
  removed: 0 | 1;
  /** User records only: when it last changed, so a saved index can tell which records are stale. */
  updatedAt?: string;
}

/** Prefix of the document id of each kind of record. */
export const documentIdOf = {
  item: (itemId: string) => `item:${itemId}`,
  annotation: (annotationId: string) => `annotation:${annotationId}`,
  action: (actionId: string) => `action:${actionId}`,
};

/** An item as the index needs it: the content record and whether the content still has it. */
export type IndexableItem = RecapItem & { removed?: 0 | 1 };

/**
 * The document of a talk, keynote, panel, lightning-talk block, booth or session; `layers` are the
 * recaps' texts on it, searched as its own words.
 */
export function itemDocument(item: IndexableItem, layers: readonly string[] = []): SearchDocument {
  const speakers = item.speakers.map((s) => (s.org ? `${s.name} (${s.org})` : s.name)).join(', ');
  const text = [item.verdict ?? '', ...item.takeaways, plainText(item.body), ...layers.map(plainText)]
    .filter(Boolean)
    .join('\n');
  return {
    id: documentIdOf.item(item.id),
    kind: item.kind,
    itemId: item.id,
    itemTitle: item.title,
    conferenceId: item.conferenceId,
    day: item.day,
    order: item.order,
    track: item.track,
    title: item.title,
    speakers,
    tags: [...item.tags, item.track ?? ''].filter(Boolean).join(' · '),
    tagList: item.tags,
    text,
    removed: item.removed ?? 0,
  };
}

/** The document of a note or highlight, placed in its item's conference and day. A highlight's quote comes first. */
export function annotationDocument(annotation: Annotation, item: SearchDocument | undefined): SearchDocument {
  const quote = annotation.target?.quote.exact ?? '';
  const body = plainText(annotation.body);
  return {
    ...placeOf(annotation.itemId, item),
    id: documentIdOf.annotation(annotation.id),
    kind: annotation.kind,
    title: '',
    speakers: '',
    tags: annotation.tags.join(' · '),
    tagList: annotation.tags,
    text: [quote, body].filter(Boolean).join('\n'),
    updatedAt: annotation.updatedAt,
  };
}

/** The document of an action item, placed in its item's conference and day. */
export function actionDocument(action: ActionItem, item: SearchDocument | undefined): SearchDocument {
  return {
    ...placeOf(action.itemId, item),
    id: documentIdOf.action(action.id),
    kind: 'action',
    title: action.title,
    speakers: '',
    tags: action.tags.join(' · '),
    tagList: action.tags,
    text: [action.notes, action.sourceQuote ?? '', action.owner ? `Owner: ${action.owner}` : '']
      .filter(Boolean)
      .join('\n'),
    status: action.status,
    due: action.due,
    updatedAt: action.updatedAt,
  };
}

function placeOf(itemId: string, item: SearchDocument | undefined) {
  return {
    itemId,
    itemTitle: item?.title ?? 'an item no longer in the recap',
    conferenceId: item?.conferenceId ?? '',
    day: item?.day,
    order: item?.order,
    track: item?.track,
    removed: item?.removed ?? (1 as const),
  };
}

/**
 * The words of a Markdown text as a reader sees them: no heading marks, emphasis, link targets,
 * code fences or HTML tags. Good enough for snippets and phrase checks; it does not render.
 */
export function plainText(markdown: string): string {
  return (
    markdown
      .replace(/```[^\n]*\n?/g, '')
      .replace(/<[^>\n]+>/g, ' ')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)/gm, '')
      // Emphasis marks only where they open and close a run, so snake_case words stay whole.
      .replace(/(^|[^\p{L}\p{N}])(\*\*|__|\*|_|~~|`)(?=\S)([^\n]*?\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
      .replace(/[ \t]+/g, ' ')
      .replace(/^ | $/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
