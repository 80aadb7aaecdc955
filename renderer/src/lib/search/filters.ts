// The query language's filters (`day:1`, `kind:keynote`, `is:starred`, ...): how each value is
// read, how it is shown on a chip, and which documents it keeps. Filters of the same key widen
// each other (`kind:talk kind:keynote` is either); filters of different keys narrow.
import { actionStatuses, type ActionStatus } from '../../../../electron/common/user-records';
import type { ResultKind, SearchDocument } from './documents';
import { foldWord } from './index-options';

/** The filter keys the query language knows. */
export const filterKeys = ['day', 'kind', 'track', 'speaker', 'tag', 'is', 'has', 'status', 'due', 'conf'] as const;
/** A filter key. */
export type FilterKey = (typeof filterKeys)[number];

/** A due-date condition: before/after a date, within some days from today, or overdue. */
export type DueCondition =
  { op: '<' | '<=' | '>' | '>=' | '='; date: string } | { op: 'within'; days: number } | { op: 'overdue' };

/** A filter's value once read: what each key needs to test a document. */
export type FilterValue =
  | { key: 'day'; day: number }
  | { key: 'kind'; kinds: ResultKind[] }
  | { key: 'track' | 'speaker' | 'tag' | 'conf'; text: string }
  | { key: 'is'; what: 'starred' }
  | { key: 'has'; what: 'notes' | 'actions' }
  | { key: 'status'; status: ActionStatus }
  | { key: 'due'; due: DueCondition };

/** What the user keeps outside the index that filters need: stars and which items have notes or actions. */
export interface RecordFacts {
  starred: ReadonlySet<string>;
  withNotes: ReadonlySet<string>;
  withActions: ReadonlySet<string>;
  /**
   * Conference names by id, folded, for `conf:` to match words of a name as well as of an id.
   * Optional: without it, `conf:` matches ids only (`conf:kubecon` still finds kubecon-eu-2022).
   */
  conferenceNames?: ReadonlyMap<string, string>;
}

/** No stars, no notes, no actions. */
export const noFacts: RecordFacts = { starred: new Set(), withNotes: new Set(), withActions: new Set() };

const kindWords: Record<string, ResultKind[]> = {
  talk: ['talk'],
  keynote: ['keynote'],
  panel: ['panel'],
  lightning: ['lightning-talks'],
  'lightning-talk': ['lightning-talks'],
  'lightning-talks': ['lightning-talks'],
  booth: ['booth'],
  product: ['booth'],
  note: ['note'],
  highlight: ['highlight'],
  annotation: ['note', 'highlight'],
  action: ['action'],
  'action-item': ['action'],
  todo: ['action'],
  item: ['talk', 'keynote', 'panel', 'lightning-talks', 'booth'],
};

const statusWords: Record<string, ActionStatus> = {
  open: 'open',
  'in-progress': 'in progress',
  'in progress': 'in progress',
  inprogress: 'in progress',
  doing: 'in progress',
  done: 'done',
  dropped: 'dropped',
};

/** The example each hint offers, by key. */
export const filterExamples: Record<FilterKey, string> = {
  conf: 'conf:kubecon',
  day: 'day:1',
  kind: 'kind:keynote',
  track: 'track:performance',
  speaker: 'speaker:serrino',
  tag: 'tag:autoscaling',
  is: 'is:starred',
  has: 'has:notes',
  status: 'status:open',
  due: 'due:<7d',
};

/** Reads a filter's value; returns a message saying what is wrong when it cannot. */
export function readFilterValue(key: FilterKey, raw: string): FilterValue | { problem: string } {
  const value = raw.trim().toLowerCase();
  if (value === '') return { problem: `${key}: needs a value, such as ${filterExamples[key]}` };
  switch (key) {
    case 'day':
      return /^\d{1,3}$/.test(value)
        ? { key, day: Number(value) }
        : { problem: `day: takes a day number, such as day:1 (not “${raw}”)` };
    case 'kind': {
      const kinds = kindWords[value] ?? kindWords[value.replace(/s$/, '')];
      return kinds
        ? { key, kinds }
        : { problem: `kind: takes talk, keynote, panel, lightning, booth, note, highlight or action (not “${raw}”)` };
    }
    case 'track':
    case 'speaker':
    case 'tag':
      return { key, text: foldText(value) };
    case 'conf': {
      const text = foldText(value);
      return text
        ? { key, text }
        : { problem: `conf: takes a conference's id or a word of its name, such as conf:kubecon` };
    }
    case 'is':
      return value === 'starred' || value === 'star'
        ? { key, what: 'starred' }
        : { problem: `is: takes starred (not “${raw}”)` };
    case 'has': {
      const what = value.replace(/s$/, '');
      if (what === 'note' || what === 'annotation' || what === 'highlight') return { key, what: 'notes' };
      if (what === 'action' || what === 'action-item') return { key, what: 'actions' };
      return { problem: `has: takes notes or actions (not “${raw}”)` };
    }
    case 'status': {
      const status = statusWords[value];
      return status
        ? { key, status }
        : {
            problem: `status: takes ${actionStatuses.join(', ').replace('in progress', 'in-progress')} (not “${raw}”)`,
          };
    }
    case 'due': {
      const due = readDue(value);
      return due ? { key, due } : { problem: `due: takes overdue, <7d or a date such as <2022-06-01 (not “${raw}”)` };
    }
  }
}

function readDue(value: string): DueCondition | undefined {
  if (value === 'overdue') return { op: 'overdue' };
  if (value === 'today') return { op: '=', date: 'today' };
  const within = /^<=?(\d{1,4})d$/.exec(value);
  if (within) return { op: 'within', days: Number(within[1]) };
  const dated = /^(<=|>=|<|>|=)?(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (dated && !Number.isNaN(Date.parse(`${dated[2]}T00:00:00Z`))) {
    return { op: (dated[1] ?? '=') as '<' | '<=' | '>' | '>=' | '=', date: dated[2] as string };
  }
  return undefined;
}

/** The words a chip shows for a filter, e.g. "Day 1", "Kind: keynote", "Starred". */
export function filterLabel(value: FilterValue, raw: string): string {
  switch (value.key) {
    case 'day':
      return `Day ${value.day}`;
    case 'is':
      return 'Starred';
    case 'has':
      return value.what === 'notes' ? 'Has notes' : 'Has action items';
    case 'status':
      return `Status: ${value.status}`;
    case 'conf':
      return `Conference: ${raw.trim()}`;
    default:
      return `${value.key[0]?.toUpperCase()}${value.key.slice(1)}: ${raw.trim()}`;
  }
}

/** Whether a document passes one filter. `today` is an ISO date, for `due:`. */
export function passesFilter(value: FilterValue, doc: SearchDocument, facts: RecordFacts, today: string): boolean {
  switch (value.key) {
    case 'conf':
      return conferencePasses(doc.conferenceId, value.text, facts);
    case 'day':
      return doc.day === value.day;
    case 'kind':
      return value.kinds.includes(doc.kind);
    case 'track':
      return doc.track !== undefined && startsAWordIn(doc.track, value.text);
    case 'speaker':
      return startsAWordIn(doc.speakers, value.text);
    case 'tag':
      return doc.tagList.some((tag) => foldText(tag).startsWith(value.text));
    case 'is':
      return facts.starred.has(doc.itemId);
    case 'has':
      return (value.what === 'notes' ? facts.withNotes : facts.withActions).has(doc.itemId);
    case 'status':
      return doc.kind === 'action' && doc.status === value.status;
    case 'due':
      return doc.kind === 'action' && doc.due !== undefined && passesDue(value.due, doc, today);
  }
}

/** `conf:` keeps a document of a conference whose id, or name, has a word starting with the value. */
function conferencePasses(conferenceId: string, folded: string, facts: RecordFacts): boolean {
  if (!conferenceId) return false;
  if (` ${foldText(conferenceId)}`.includes(` ${folded}`)) return true;
  const name = facts.conferenceNames?.get(conferenceId);
  return name !== undefined && ` ${name}`.includes(` ${folded}`);
}

function passesDue(condition: DueCondition, doc: SearchDocument, today: string): boolean {
  const due = doc.due as string;
  const finished = doc.status === 'done' || doc.status === 'dropped';
  switch (condition.op) {
    case 'overdue':
      return !finished && due < today;
    case 'within':
      return !finished && due <= addDays(today, condition.days);
    case '<':
      return due < dateOf(condition.date, today);
    case '<=':
      return due <= dateOf(condition.date, today);
    case '>':
      return due > dateOf(condition.date, today);
    case '>=':
      return due >= dateOf(condition.date, today);
    case '=':
      return due === dateOf(condition.date, today);
  }
}

function dateOf(date: string, today: string): string {
  return date === 'today' ? today : date;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const plainAscii = /^[\x20-\x7e]*$/;
const asciiWordCharacter = /[A-Za-z0-9]/;

/**
 * Whether a text has a folded phrase starting at a word: `speaker:serr` finds "Serrino",
 * `speaker:"natalie serrino"` finds "Natalie Serrino (New Relic)", `speaker:rino` finds neither.
 * (Word starts are what the index can look up, so a filter-only query needs no full scan.) The
 * common case — one word, ASCII text — is a plain lower-case search.
 */
export function startsAWordIn(text: string, folded: string): boolean {
  if (!folded.includes(' ') && plainAscii.test(text)) {
    const lower = text.toLowerCase();
    for (let at = lower.indexOf(folded); at !== -1; at = lower.indexOf(folded, at + 1)) {
      if (at === 0 || !asciiWordCharacter.test(lower[at - 1] as string)) return true;
    }
    return false;
  }
  return ` ${foldText(text)}`.includes(` ${folded}`);
}

/** Folds a phrase for containment checks: folded words joined by single spaces. */
export function foldText(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord).join(' ');
}

/** Today as a local ISO date (the user's calendar day, not UTC's), for `due:`. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
