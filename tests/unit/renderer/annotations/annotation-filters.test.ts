// The Annotations view's filters, tags and the words shown when a write fails.
import { describe, expect, it } from 'vitest';
import type { Conference } from '../../../../electron/common/domain';
import type { Annotation } from '../../../../electron/common/user-records';
import type { StoredItem } from '../../../../renderer/src/lib/db/database';
import {
  annotationFilterChoices,
  filterAnnotationRows,
  type AnnotationRow,
} from '../../../../renderer/src/lib/annotations/annotation-queries';
import { describeStorageFailure } from '../../../../renderer/src/lib/annotations/storage-errors';
import { normalizeTag, normalizeTags, withTag, withoutTag } from '../../../../renderer/src/lib/annotations/tags';

const conference = (id: string): Conference => ({
  id,
  name: `Conf ${id}`,
  location: '',
  startDate: '2024-01-01',
  endDate: '2024-01-02',
  timezone: 'UTC',
  days: [{ number: 1, date: '2024-01-01', label: 'Day One' }],
  body: '',
  source: '',
});

const item = (conferenceId: string, slug: string, day?: number) =>
  ({ id: `${conferenceId}/${slug}`, conferenceId, day, title: slug }) as StoredItem;

function row(id: string, partial: Partial<Annotation>, conferenceId = 'a', day: number | null = 1): AnnotationRow {
  return {
    annotation: {
      id,
      itemId: `${conferenceId}/${id}`,
      kind: 'note',
      body: '',
      tags: [],
      createdAt: '',
      updatedAt: '',
      ...partial,
    },
    item: item(conferenceId, id, day ?? undefined),
    conference: conference(conferenceId),
  };
}

const quote = (exact: string) => ({
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length },
});

const rows = [
  row('n1', { body: 'Try this on **staging**', tags: ['Staging'] }),
  row('h1', { kind: 'highlight', color: 'green', target: quote('a big red button'), tags: ['dr'] }),
  row('h2', { kind: 'highlight', target: quote('Résumé of the keynote') }, 'b', 2),
  row('n2', { body: 'Booth: great swag' }, 'a', null),
];

const ids = (filtered: AnnotationRow[]) => filtered.map((r) => r.annotation.id);

describe('filterAnnotationRows', () => {
  it('passes everything through an empty filter', () => {
    expect(ids(filterAnnotationRows(rows, {}))).toEqual(['n1', 'h1', 'h2', 'n2']);
  });

  it('filters by tag without case, by color (a highlight without one is yellow), by kind', () => {
    expect(ids(filterAnnotationRows(rows, { tag: 'staging' }))).toEqual(['n1']);
    expect(ids(filterAnnotationRows(rows, { color: 'green' }))).toEqual(['h1']);
    expect(ids(filterAnnotationRows(rows, { color: 'yellow' }))).toEqual(['h2']);
    expect(ids(filterAnnotationRows(rows, { kind: 'note' }))).toEqual(['n1', 'n2']);
  });

  it('filters by conference and day', () => {
    expect(ids(filterAnnotationRows(rows, { conferenceId: 'b' }))).toEqual(['h2']);
    expect(ids(filterAnnotationRows(rows, { conferenceId: 'a', day: 1 }))).toEqual(['n1', 'h1']);
  });

  it('finds every word in note, quote or tags, without case or accents', () => {
    expect(ids(filterAnnotationRows(rows, { text: 'RED button' }))).toEqual(['h1']);
    expect(ids(filterAnnotationRows(rows, { text: 'resume' }))).toEqual(['h2']);
    expect(ids(filterAnnotationRows(rows, { text: 'dr' }))).toEqual(['h1']);
    expect(ids(filterAnnotationRows(rows, { text: 'staging swag' }))).toEqual([]);
  });
});

describe('annotationFilterChoices', () => {
  it('offers the tags, colors, conferences and days that occur', () => {
    const choices = annotationFilterChoices(rows);
    expect(choices.tags).toEqual(['dr', 'Staging']);
    expect(choices.colors.sort()).toEqual(['green', 'yellow']);
    expect(choices.conferences.map((c) => c.id)).toEqual(['a', 'b']);
    expect(choices.days).toEqual([
      { conferenceId: 'a', number: 1, label: 'Day One' },
      { conferenceId: 'b', number: 2, label: 'Day 2' },
    ]);
  });
});

describe('tags', () => {
  it('tidies typed tags and keeps the first spelling of a repeat', () => {
    expect(normalizeTag('  #follow   up ')).toBe('follow up');
    expect(normalizeTags(['Ops', 'ops', '', ' #', 'dr'])).toEqual(['Ops', 'dr']);
    expect(withTag(['ops'], 'OPS')).toEqual(['ops']);
    expect(withTag(['ops'], 'dr')).toEqual(['ops', 'dr']);
    expect(withoutTag(['Ops', 'dr'], 'ops')).toEqual(['dr']);
  });
});

describe('describeStorageFailure', () => {
  it('names what was not saved and why, looking inside Dexie’s AbortError', () => {
    const quota = { name: 'AbortError', inner: { name: 'QuotaExceededError' } };
    expect(describeStorageFailure('Your note', quota)).toBe(
      'Your note was not saved: the disk has no room left for Debrief’s data (storage quota exceeded).',
    );
    expect(describeStorageFailure('The star', new DOMException('x', 'AbortError'))).toMatch(
      /^The star was not saved: the database stopped the write/,
    );
    expect(describeStorageFailure('Your highlight', new Error('boom'))).toBe(
      'Your highlight was not saved: an unexpected error: boom.',
    );
  });
});
