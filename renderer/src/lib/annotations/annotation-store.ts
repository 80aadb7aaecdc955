// Every write of the user's notes, highlights and per-talk state. Each write is one explicit `rw`
// transaction on the strict-durability database: its promise resolves only once IndexedDB has
// committed, which is the moment the UI may say "Saved". Errors are left to the UI edge, which
// tells the user what was not saved (see storage-errors.ts).
import type { Annotation, ItemState } from '../../../../electron/common/user-records';
import type { DebriefDatabase } from '../db/database';
import type { PassageTarget } from './anchoring';
import { highlightColors, type HighlightColor } from './highlight-colors';
import { normalizeTags } from './tags';

/** What the user chose when highlighting a passage. */
export interface NewHighlight {
  itemId: string;
  target: PassageTarget;
  color: HighlightColor;
  comment?: string;
  tags?: string[];
  /** The recap layer whose text the passage is in; absent for the talk's own text. */
  layerId?: string;
}

/** The parts of a note or highlight the user edits after creating it. */
export type AnnotationChanges = Partial<Pick<Annotation, 'body' | 'color' | 'tags' | 'private'>>;

/** The personal marks the user can set on a talk. */
export type ItemStateChanges = Partial<Pick<ItemState, 'starred' | 'grade' | 'attendance'>>;

/** A fresh id for a note or highlight. */
export function newAnnotationId(): string {
  return crypto.randomUUID();
}

/** Stores a new highlight and returns it. */
export async function createHighlight(database: DebriefDatabase, highlight: NewHighlight): Promise<Annotation> {
  if (!highlightColors.includes(highlight.color)) throw new Error(`Unknown highlight color "${highlight.color}"`);
  const now = new Date().toISOString();
  const record: Annotation = {
    id: newAnnotationId(),
    itemId: highlight.itemId,
    kind: 'highlight',
    body: highlight.comment ?? '',
    target: highlight.target,
    ...(highlight.layerId ? { layerId: highlight.layerId } : {}),
    color: highlight.color,
    tags: normalizeTags(highlight.tags ?? []),
    createdAt: now,
    updatedAt: now,
  };
  await database.transaction('rw', database.annotations, () => database.annotations.add(record));
  return record;
}

/**
 * Writes the text of a talk's note, creating the note under `id` the first time. The caller picks
 * the id up front, so saves that follow one another while the first is still in flight all land
 * on the same record.
 */
export async function saveNote(
  database: DebriefDatabase,
  note: { id: string; itemId: string; body: string },
): Promise<Annotation> {
  return database.transaction('rw', database.annotations, async () => {
    const now = new Date().toISOString();
    const existing = await database.annotations.get(note.id);
    if (existing && existing.itemId !== note.itemId) {
      throw new Error(`Note ${note.id} belongs to ${existing.itemId}, not ${note.itemId}`);
    }
    const record: Annotation = existing
      ? { ...existing, body: note.body, updatedAt: now }
      : { id: note.id, itemId: note.itemId, kind: 'note', body: note.body, tags: [], createdAt: now, updatedAt: now };
    await database.annotations.put(record);
    return record;
  });
}

/** Changes the comment, color or tags of a note or highlight. */
export async function updateAnnotation(
  database: DebriefDatabase,
  id: string,
  changes: AnnotationChanges,
): Promise<Annotation> {
  if (changes.color !== undefined && !highlightColors.includes(changes.color as HighlightColor)) {
    throw new Error(`Unknown highlight color "${changes.color}"`);
  }
  return database.transaction('rw', database.annotations, async () => {
    const existing = await database.annotations.get(id);
    if (!existing) throw new Error(`There is no note or highlight with id ${id}`);
    const record: Annotation = {
      ...existing,
      ...changes,
      ...(changes.tags ? { tags: normalizeTags(changes.tags) } : {}),
      updatedAt: new Date().toISOString(),
    };
    await database.annotations.put(record);
    return record;
  });
}

/** Moves a note or highlight to the Trash (soft delete); `restoreAnnotation` brings it back. */
export async function deleteAnnotation(database: DebriefDatabase, id: string): Promise<void> {
  await database.transaction('rw', database.annotations, async () => {
    const existing = await database.annotations.get(id);
    if (!existing) throw new Error(`There is no note or highlight with id ${id}`);
    await database.annotations.put({ ...existing, deletedAt: new Date().toISOString() });
  });
}

/** Takes a note or highlight out of the Trash. */
export async function restoreAnnotation(database: DebriefDatabase, id: string): Promise<void> {
  await database.transaction('rw', database.annotations, async () => {
    const existing = await database.annotations.get(id);
    if (!existing) throw new Error(`There is no note or highlight with id ${id}`);
    const { deletedAt: _deletedAt, ...restored } = existing;
    await database.annotations.put(restored);
  });
}

/** Sets the star, grade or attendance of a talk; `undefined` in a change clears that mark. */
export async function setItemState(
  database: DebriefDatabase,
  itemId: string,
  changes: ItemStateChanges,
): Promise<ItemState> {
  return database.transaction('rw', database.itemStates, async () => {
    const existing = await database.itemStates.get(itemId);
    const merged: ItemState = {
      ...(existing ?? { itemId, starred: false }),
      ...changes,
      itemId,
      updatedAt: new Date().toISOString(),
    };
    // Keep the record clean: a cleared mark is absent, not `undefined`.
    for (const key of ['grade', 'attendance'] as const) if (merged[key] === undefined) delete merged[key];
    await database.itemStates.put(merged);
    return merged;
  });
}
