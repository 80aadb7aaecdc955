// The trip report as one Markdown document that GitHub and Obsidian read: the title and who went,
// the must-see talks with the user's words quoted, each day's talks, and the action items by owner
// as task lists linking back to their talk. Text the user typed on one line (titles, owners,
// speakers) is escaped so it shows as itself; their notes are their Markdown, nested under the
// talk so they cannot reshape the document (see nested-markdown.ts).
import { lexer, type Token, type Tokens } from 'marked';
import { escapeMarkdownLine, escapeMarkdownText } from '../export/markdown-checklist';
import { HeadingSlugs } from './github-slug';
import { nestedMarkdown } from './nested-markdown';
import type { ReportAction, ReportHighlight, ReportNote, ReportTalk, TripReport } from './trip-report';

/** The level a note's shallowest heading takes: under the talk's `###`. */
const noteBase = 4;

/** A link destination in angle brackets, which allows any character but `<`, `>` and line breaks. */
function destination(url: string): string {
  return `<${url.replace(/[<>\s]/g, (character) => encodeURIComponent(character))}>`;
}

/** One line of text the user typed, escaped; line breaks become spaces. */
function line(text: string): string {
  return escapeMarkdownLine(text.replace(/\s+/g, ' ').trim());
}

/** Text the user typed, escaped for the middle of a line. */
function inline(text: string): string {
  return escapeMarkdownText(text.replace(/\s+/g, ' ').trim());
}

/** The Markdown writer's running state: the headings so far, so links use the slugs GitHub gives them. */
interface Writer {
  slugs: HeadingSlugs;
  /** Each talk's anchor in this document, by the report's anchor. */
  links: Map<string, string>;
}

function heading(writer: Writer, level: number, text: string): { markdown: string; slug: string } {
  const shown = line(text);
  return { markdown: `${'#'.repeat(level)} ${shown}`, slug: writer.slugs.next(text) };
}

/** Counts the note's own headings, as GitHub numbers them too, and returns the note as it goes in. */
function note(writer: Writer, markdown: string): string {
  const nested = nestedMarkdown(markdown, noteBase);
  for (const text of headingTexts(nested)) writer.slugs.next(plainText(text));
  return nested;
}

/** Every heading's text in a note, in quotes and lists too, in order (none in code). */
function headingTexts(markdown: string): string[] {
  const walk = (tokens: readonly Token[]): string[] =>
    tokens.flatMap((token) => {
      if (token.type === 'heading') return [(token as Tokens.Heading).text];
      if (token.type === 'list') return (token as Tokens.List).items.flatMap((item) => walk(item.tokens));
      return 'tokens' in token && Array.isArray(token.tokens) && token.type === 'blockquote' ? walk(token.tokens) : [];
    });
  try {
    return walk(lexer(markdown, { gfm: true }));
  } catch {
    return [];
  }
}

/** A heading's text as GitHub slugs it: without emphasis marks, escapes or link targets. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\`*_[\]{}()#+\-.!<>|~])/g, '$1')
    .replace(/[*_`~]/g, '')
    .trim();
}

function quote(writer: Writer, highlight: ReportHighlight): string {
  const passage = highlight.passage
    .split('\n')
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => `> ${line(text)}`)
    .join('\n');
  const label = `*${highlight.private ? 'Private ' : ''}${highlight.color} highlight*`;
  const comment = highlight.comment ? note(writer, highlight.comment) : '';
  return [passage, label, comment].filter(Boolean).join('\n\n');
}

function noteBlock(writer: Writer, reportNote: ReportNote): string {
  const tags = reportNote.tags.length > 0 ? `Tags: ${reportNote.tags.map(inline).join(', ')}` : '';
  const label = reportNote.from ? `*${inline(reportNote.from)}*` : reportNote.private ? '*Private note*' : '';
  return [label, note(writer, reportNote.body), tags].filter(Boolean).join('\n\n');
}

function details(action: ReportAction, withOwner: boolean): string {
  return [
    action.status,
    withOwner && action.owner ? `owner ${inline(action.owner)}` : '',
    action.due ? `due ${action.due}` : '',
    action.priority ? `${action.priority} priority` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The talk's facts under its title: kind, the user's marks, speakers, links. */
function talkFacts(talk: ReportTalk): string[] {
  const marks = [talk.kindLabel, ...talk.marks].join(' · ');
  const speakers = talk.speakers.length > 0 ? `Speakers: ${talk.speakers.map(inline).join(', ')}` : '';
  const links = talk.links.map((link) => `[${link.label}](${destination(link.url)})`).join(' · ');
  return [marks, speakers, links].filter(Boolean);
}

function talkWords(writer: Writer, talk: ReportTalk): string[] {
  return [
    ...talk.highlights.map((highlight) => quote(writer, highlight)),
    ...talk.notes.map((reportNote) => noteBlock(writer, reportNote)),
  ];
}

function talkSection(writer: Writer, talk: ReportTalk): string {
  const title = heading(writer, 3, talk.title);
  writer.links.set(talk.anchor, title.slug);
  const actions = talk.actions.map((action) => `- ${line(action.title)} — ${details(action, true)}`);
  return [
    title.markdown,
    ...talkFacts(talk),
    ...talkWords(writer, talk),
    ...(actions.length > 0 ? [`Action items:\n\n${actions.join('\n')}`] : []),
  ].join('\n\n');
}

/** The takeaway's first line, linking to the talk's heading further down. Not a heading itself, so the talk keeps its slug. */
function takeawayHead(writer: Writer, talk: ReportTalk): string {
  const speakers = talk.speakers.length > 0 ? ` — ${talk.speakers.map(inline).join(', ')}` : '';
  return `**[${inline(talk.title)}](#${writer.links.get(talk.anchor) ?? talk.anchor})**${speakers}`;
}

function actionItem(writer: Writer, action: ReportAction): string {
  const anchor = writer.links.get(action.talk.anchor) ?? action.talk.anchor;
  const title = action.status === 'dropped' ? `~~${line(action.title)}~~` : line(action.title);
  const first = `- [${action.finished ? 'x' : ' '}] ${title} — ${details(action, false)} · [${inline(action.talk.title)}](#${anchor})`;
  const notes = action.notes
    .split(/\n/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => `  ${line(text)}`);
  // A backslash at the end of a line is a hard line break: the notes show under the title, each on its own line.
  return [first, ...notes].map((text, index, all) => (index < all.length - 1 ? `${text}\\` : text)).join('\n');
}

/** Writes the trip report as Markdown, ending in one newline. */
export function tripReportMarkdown(report: TripReport): string {
  const writer: Writer = { slugs: new HeadingSlugs(), links: new Map() };
  const blocks: string[] = [heading(writer, 1, report.title).markdown];
  const byline = [report.dates, inline(report.place), report.people ? `Who went: ${inline(report.people)}` : '']
    .filter(Boolean)
    .join(' · ');
  if (byline) blocks.push(byline);
  if (report.talks.length === 0) blocks.push('No talk was chosen for this report.');

  // The takeaways come first but link to headings further down, whose slugs are known once written:
  // their first lines are filled in last, while their notes' headings are counted in document order.
  const heads: [at: number, talk: ReportTalk][] = [];
  if (report.takeaways.length > 0) blocks.push(heading(writer, 2, 'Top takeaways').markdown);
  for (const talk of report.takeaways) {
    heads.push([blocks.length, talk]);
    blocks.push('', ...talkWords(writer, talk));
  }
  for (const day of report.days) {
    blocks.push(heading(writer, 2, day.heading).markdown, ...day.talks.map((talk) => talkSection(writer, talk)));
  }
  for (const [at, talk] of heads) blocks[at] = takeawayHead(writer, talk);
  if (report.owners.length > 0) {
    blocks.push(heading(writer, 2, 'Action items').markdown);
    for (const owner of report.owners) {
      blocks.push(
        heading(writer, 3, owner.owner).markdown,
        owner.actions.map((action) => actionItem(writer, action)).join('\n'),
      );
    }
  }
  blocks.push(`---\n\n*Written with Debrief on ${report.exportedAt.toISOString().slice(0, 10)}.*`);
  return `${blocks.join('\n\n')}\n`;
}
