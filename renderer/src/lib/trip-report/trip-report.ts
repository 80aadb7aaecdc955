// What a trip report says, before it is written as Markdown or HTML: the talks the user chose, day
// by day, with what they wrote on them, the must-see ones as top takeaways, and the action items by
// owner. Both formats are written from this one model, so they cannot disagree on what goes in.
// Pure: data and choice in, model out.
import { kindLabels, type Conference, type ItemKind, type RecapItem } from '../../../../electron/common/domain';
import { dateInZone } from '../../../../electron/common/time-zones';
import type {
  ActionItem,
  ActionPriority,
  ActionStatus,
  Annotation,
  ItemAttendance,
  ItemGrade,
  ItemState,
} from '../../../../electron/common/user-records';
import type { TalkChoice, TripReportChoice } from './trip-report-choice';
import type { RecapNote, TripReportData } from './trip-report-data';
import { HeadingSlugs } from './github-slug';
import { readableDate, readableDateRange } from './readable-dates';

/** A link of a talk the report shows: only plain http(s) links ever get here. */
export interface ReportLink {
  label: 'Video' | 'Slides' | 'Schedule';
  url: string;
}

/** A passage the user highlighted, with their comment (Markdown) on it. */
export interface ReportHighlight {
  id: string;
  passage: string;
  comment: string;
  /** The highlight's colour by name ("yellow"); the formats say it in words too, never by colour alone. */
  color: string;
  tags: string[];
  private: boolean;
}

/** A note the user wrote on a talk: their Markdown, as written. */
export interface ReportNote {
  id: string;
  body: string;
  tags: string[];
  private: boolean;
  /** For the text of one of the user's recaps: which, in words ("From your recap “Day 1”, by Alice"). */
  from?: string;
}

/** An action item, with the talk it came from so the report can link back to it. */
export interface ReportAction {
  id: string;
  title: string;
  /** The action's own notes, plain text as typed. */
  notes: string;
  status: ActionStatus;
  /** Done or dropped: shown ticked. */
  finished: boolean;
  priority?: ActionPriority;
  /** Trimmed; absent when nobody owns it. */
  owner?: string;
  /** ISO date, YYYY-MM-DD. */
  due?: string;
  talk: { title: string; anchor: string };
}

/** One chosen talk (or keynote, panel, booth, session) as the report shows it. */
export interface ReportTalk {
  itemId: string;
  /** Unique within the report: the GitHub slug of its heading, so Markdown and HTML links reach it. */
  anchor: string;
  title: string;
  kind: ItemKind;
  /** The kind in words: "Talk", "Keynote", "Lightning talks". */
  kindLabel: string;
  /** "Name (Org)". */
  speakers: string[];
  links: ReportLink[];
  /** The item's date (YYYY-MM-DD) when known: its own, or its session's start in the conference's time zone. */
  date?: string;
  starred: boolean;
  grade?: ItemGrade;
  attendance?: ItemAttendance;
  /** The user's marks in words, in a fixed order: "Starred", "Must-see", "Attended". */
  marks: string[];
  highlights: ReportHighlight[];
  notes: ReportNote[];
  actions: ReportAction[];
}

/** A day of the conference (or the last group, of talks without a day) with its chosen talks. */
export interface ReportDay {
  /** "Day 1 — Wednesday 18 May 2022", or "Other talks" / "Booths" for the last group. */
  heading: string;
  label: string;
  /** ISO date, when the group is a day that has one. */
  date?: string;
  talks: ReportTalk[];
}

/** Everything one person (or nobody) is to do. */
export interface ReportOwner {
  /** The owner as written, or "No owner". */
  owner: string;
  /** Set for the group of actions nobody owns, which comes last. */
  unowned: boolean;
  actions: ReportAction[];
}

/** The trip report of one conference, as chosen. */
export interface TripReport {
  /** "Trip report: KubeCon + CloudNativeCon Europe 2022". */
  title: string;
  conferenceName: string;
  /** "16–20 May 2022". */
  dates: string;
  place: string;
  /** Who went, trimmed; absent when the user left it empty. */
  people?: string;
  exportedAt: Date;
  /** Every chosen talk, in the order the days list them. */
  talks: ReportTalk[];
  /** The chosen talks graded must-see (the same objects as in `days`). */
  takeaways: ReportTalk[];
  /** Days with at least one chosen talk, in order, then the group of talks without a day. */
  days: ReportDay[];
  /** Action items of the chosen talks by owner: owners by name, "No owner" last. */
  owners: ReportOwner[];
  /** Notes and highlights left out because they are private (0 when private ones are included). */
  privateLeftOut: number;
}

/** The group heading of owner-less actions. */
export const noOwner = 'No owner';

const gradeLabels: Record<ItemGrade, string> = { 'must-see': 'Must-see', 'worth it': 'Worth it', skip: 'Skip' };
const attendanceLabels: Record<ItemAttendance, string> = {
  attended: 'Attended',
  missed: 'Missed',
  'watch the recording': 'Watch the recording',
};

/** Builds the report's model from what the conference holds and what the user chose. */
export function buildTripReport(data: TripReportData, choice: TripReportChoice): TripReport {
  const { conference } = data;
  const states = new Map(data.states.map((state) => [state.itemId, state]));
  const included = annotationsOf(data, choice, choice.includePrivate);
  const actions = choice.actions ? groupBy(data.actions, (action) => action.itemId) : new Map<string, ActionItem[]>();
  const recapNotes = choice.notes ? groupBy(data.recapNotes, (note) => note.itemId) : new Map<string, RecapNote[]>();
  const chosen = data.items.filter((item) =>
    isChosen(
      choice.talks,
      states.get(item.id),
      included.get(item.id) ?? [],
      actions.get(item.id) ?? [],
      recapNotes.has(item.id),
    ),
  );
  const groups = dayGroups(conference, chosen);
  const anchors = anchorsFor(conference, groups);

  const talks: ReportTalk[] = [];
  const days: ReportDay[] = groups.map((group) => {
    const dayTalks = group.items.map((item) => {
      const anchor = anchors.get(item.id) ?? item.slug;
      const talk = reportTalk(item, conference, states.get(item.id), included.get(item.id) ?? [], anchor);
      talk.notes.unshift(...(recapNotes.get(item.id) ?? []).map(recapReportNote));
      talk.actions = (actions.get(item.id) ?? []).map((action) => reportAction(action, talk));
      return talk;
    });
    talks.push(...dayTalks);
    return { ...group.day, talks: dayTalks };
  });

  const people = choice.people.trim();
  return {
    title: `Trip report: ${conference.name}`,
    conferenceName: conference.name,
    dates: readableDateRange(conference.startDate, conference.endDate),
    place: conference.location,
    ...(people ? { people } : {}),
    exportedAt: data.exportedAt,
    talks,
    takeaways: talks.filter((talk) => talk.grade === 'must-see'),
    days,
    owners: byOwner(talks.flatMap((talk) => talk.actions)),
    privateLeftOut: choice.includePrivate ? 0 : privateLeftOut(data, choice, states, actions, recapNotes),
  };
}

/** The notes and highlights that go in, by item: the kinds chosen, with something to show, private ones only if asked. */
function annotationsOf(
  data: TripReportData,
  choice: TripReportChoice,
  withPrivate: boolean,
): Map<string, Annotation[]> {
  const wanted = data.annotations.filter(
    (annotation) => (withPrivate || !annotation.private) && isShown(annotation, choice),
  );
  return groupBy(wanted, (annotation) => annotation.itemId);
}

function isShown(annotation: Annotation, choice: TripReportChoice): boolean {
  if (annotation.kind === 'note') return choice.notes && annotation.body.trim() !== '';
  return choice.highlights && (annotation.target?.quote.exact.trim() ?? '') !== '';
}

/** A talk is in when it is any of the kinds chosen; "with notes" counts only what goes in with it. */
function isChosen(
  talks: readonly TalkChoice[],
  state: ItemState | undefined,
  annotations: readonly Annotation[],
  actions: readonly ActionItem[],
  hasRecapNotes: boolean,
): boolean {
  return talks.some((kind) => {
    if (kind === 'starred') return state?.starred === true;
    if (kind === 'must-see') return state?.grade === 'must-see';
    if (kind === 'attended') return state?.attendance === 'attended';
    return annotations.length > 0 || actions.length > 0 || hasRecapNotes;
  });
}

/** A recap's text on a talk, as a note that says which recap (and whose) it is. */
function recapReportNote(note: RecapNote): ReportNote {
  const by = note.author?.trim() ? `, by ${note.author.trim()}` : '';
  return {
    id: note.id,
    body: note.body.trim(),
    tags: [],
    private: false,
    from: `From your recap “${note.recapTitle}”${by}`,
  };
}

/**
 * Private notes and highlights the report leaves out: those on the talks it would have with private
 * ones included (a talk chosen only for its private note counts too, as ticking them in brings it).
 */
function privateLeftOut(
  data: TripReportData,
  choice: TripReportChoice,
  states: ReadonlyMap<string, ItemState>,
  actions: ReadonlyMap<string, ActionItem[]>,
  recapNotes: ReadonlyMap<string, RecapNote[]>,
): number {
  const all = annotationsOf(data, choice, true);
  return data.items
    .filter((item) =>
      isChosen(
        choice.talks,
        states.get(item.id),
        all.get(item.id) ?? [],
        actions.get(item.id) ?? [],
        recapNotes.has(item.id),
      ),
    )
    .reduce((count, item) => count + (all.get(item.id) ?? []).filter((annotation) => annotation.private).length, 0);
}

interface DayGroup {
  day: Omit<ReportDay, 'talks'>;
  items: RecapItem[];
}

/** The chosen items by the conference's days (by day number, else by date), then those without a day. */
function dayGroups(conference: Conference, items: readonly RecapItem[]): DayGroup[] {
  const days = [...conference.days].sort((a, b) => a.number - b.number);
  const byDay = new Map<number, RecapItem[]>();
  const other: RecapItem[] = [];
  for (const item of items) {
    const date = itemDate(item, conference);
    const day =
      (item.day === undefined ? undefined : days.find((known) => known.number === item.day)) ??
      (date === undefined ? undefined : days.find((known) => known.date === date));
    if (day) byDay.set(day.number, [...(byDay.get(day.number) ?? []), item]);
    else other.push(item);
  }
  const groups: DayGroup[] = days.flatMap((day) => {
    const dayItems = byDay.get(day.number);
    if (!dayItems) return [];
    const heading = day.date ? `${day.label} — ${readableDate(day.date, true)}` : day.label;
    return [{ day: { heading, label: day.label, ...(day.date ? { date: day.date } : {}) }, items: dayItems }];
  });
  if (other.length > 0) {
    const label = other.every((item) => item.kind === 'booth')
      ? 'Booths'
      : other.some((item) => item.kind === 'booth')
        ? 'Other talks and booths'
        : 'Other talks';
    groups.push({ day: { heading: label, label }, items: other });
  }
  return groups;
}

/** The item's date: its own, or its session's start as a date where the conference is. */
export function itemDate(item: RecapItem, conference: Conference): string | undefined {
  if (item.date) return item.date;
  if (!item.session?.startsAt) return undefined;
  try {
    return dateInZone(item.session.startsAt, conference.timezone);
  } catch {
    return item.session.startsAt.slice(0, 10);
  }
}

/**
 * Each talk's anchor: the GitHub slug of its heading, numbered as GitHub numbers repeats ("-1",
 * "-2"), counting the report's own headings before it (title, takeaways, days) so that the Markdown
 * file's links reach the same heading on GitHub as the HTML page's ids do.
 */
function anchorsFor(conference: Conference, groups: readonly DayGroup[]): Map<string, string> {
  const slugs = new HeadingSlugs();
  slugs.next(`Trip report: ${conference.name}`);
  slugs.next('Top takeaways');
  const anchors = new Map<string, string>();
  for (const group of groups) {
    slugs.next(group.day.heading);
    // A title of only symbols has no slug on GitHub; the page still needs an id to link to.
    for (const item of group.items) anchors.set(item.id, slugs.next(titleOf(item)) || `talk-${anchors.size + 1}`);
  }
  return anchors;
}

/** The item's title on one line, as its heading shows it. */
function titleOf(item: RecapItem): string {
  return item.title.replace(/\s+/g, ' ').trim() || 'Untitled talk';
}

function reportTalk(
  item: RecapItem,
  conference: Conference,
  state: ItemState | undefined,
  annotations: readonly Annotation[],
  anchor: string,
): ReportTalk {
  const date = itemDate(item, conference);
  const marks = [
    state?.starred ? 'Starred' : '',
    state?.grade ? gradeLabels[state.grade] : '',
    state?.attendance ? attendanceLabels[state.attendance] : '',
  ].filter(Boolean);
  return {
    itemId: item.id,
    anchor,
    title: titleOf(item),
    kind: item.kind,
    kindLabel: kindLabels[item.kind],
    speakers: item.speakers.map(speakerLine).filter(Boolean),
    links: linksOf(item),
    ...(date ? { date } : {}),
    starred: state?.starred === true,
    ...(state?.grade ? { grade: state.grade } : {}),
    ...(state?.attendance ? { attendance: state.attendance } : {}),
    marks,
    highlights: annotations
      .filter((annotation) => annotation.kind === 'highlight')
      .map((annotation) => ({
        id: annotation.id,
        passage: annotation.target?.quote.exact.trim() ?? '',
        comment: annotation.body.trim(),
        color: annotation.color ?? 'yellow',
        tags: [...annotation.tags],
        private: annotation.private === true,
      })),
    notes: annotations
      .filter((annotation) => annotation.kind === 'note')
      .map((annotation) => ({
        id: annotation.id,
        body: annotation.body.trim(),
        tags: [...annotation.tags],
        private: annotation.private === true,
      })),
    actions: [],
  };
}

/** "Name (Org)", or the name alone. */
export function speakerLine(speaker: { name: string; org?: string }): string {
  const name = speaker.name.trim();
  const org = speaker.org?.trim();
  return org ? `${name} (${org})` : name;
}

/** The item's video, slides and schedule links; an imported session's page is its schedule link. */
function linksOf(item: RecapItem): ReportLink[] {
  const candidates: [ReportLink['label'], string | undefined][] = [
    ['Video', item.links.video],
    ['Slides', item.links.slides],
    ['Schedule', item.links.schedule ?? item.session?.url],
  ];
  return candidates.flatMap(([label, url]) => {
    const safe = url === undefined ? undefined : webLink(url);
    return safe ? [{ label, url: safe }] : [];
  });
}

/** A plain http(s) URL as given, or undefined: javascript:, data: and links with spaces never reach a report. */
export function webLink(url: string): string | undefined {
  const trimmed = url.trim();
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a link
  if (!trimmed || /[\s\u0000-\u001f\u007f<>"]/.test(trimmed)) return undefined;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? trimmed : undefined;
  } catch {
    return undefined;
  }
}

function reportAction(action: ActionItem, talk: ReportTalk): ReportAction {
  const owner = action.owner?.replace(/\s+/g, ' ').trim();
  return {
    id: action.id,
    title: action.title.replace(/\s+/g, ' ').trim() || '(untitled action)',
    notes: action.notes.trim(),
    status: action.status,
    finished: action.status === 'done' || action.status === 'dropped',
    ...(action.priority ? { priority: action.priority } : {}),
    ...(owner ? { owner } : {}),
    ...(action.due ? { due: action.due } : {}),
    talk: { title: talk.title, anchor: talk.anchor },
  };
}

/** Actions by owner (owners by name, nobody's last); in each, what is still to do first, then by due date. */
function byOwner(actions: readonly ReportAction[]): ReportOwner[] {
  const groups = groupBy(actions, (action) => action.owner ?? '');
  const owners = [...groups.keys()]
    .filter((owner) => owner !== '')
    .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || a.localeCompare(b));
  const ordered = (list: ReportAction[]) => [...list].sort(inActionOrder);
  return [
    ...owners.map((owner) => ({ owner, unowned: false, actions: ordered(groups.get(owner) ?? []) })),
    ...(groups.has('') ? [{ owner: noOwner, unowned: true, actions: ordered(groups.get('') ?? []) }] : []),
  ];
}

function inActionOrder(a: ReportAction, b: ReportAction): number {
  return (
    Number(a.finished) - Number(b.finished) ||
    (a.due ?? '9999-99-99').localeCompare(b.due ?? '9999-99-99') ||
    a.title.localeCompare(b.title, 'en')
  );
}

function groupBy<T>(list: readonly T[], key: (entry: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of list) {
    const at = key(entry);
    const group = groups.get(at);
    if (group) group.push(entry);
    else groups.set(at, [entry]);
  }
  return groups;
}
