// One Markdown file per chosen talk, for an Obsidian or Logseq vault: YAML front matter a notes app
// indexes (title, speakers, conference, date, tags, url, and `debrief-id`, by which a later export
// finds the file and an import links it back), then the recap's text, the user's highlights as
// quotes, their notes and their action items as tasks. The same data gives the same bytes, with no
// export time inside, so exporting again rewrites only the talks that changed. Main adds the
// `debrief-hash` stamp when it writes; it is not written here.
import { stringify } from 'yaml';
import type { RecapItem } from '../../../../electron/common/domain';
import type { NotesFolderFile } from '../../../../electron/common/ipc-contract';
import { escapeMarkdownLine } from '../export/markdown-checklist';
import { nestedMarkdown } from './nested-markdown';
import { buildTripReport, itemDate, type ReportAction, type ReportTalk } from './trip-report';
import type { TripReportChoice } from './trip-report-choice';
import type { TripReportData } from './trip-report-data';

/** Longest file name, without `.md`: as `maxNoteNameLength` in electron/common/notes-folder-plan.ts. */
const maxNameLength = 120;

/** Names Windows keeps for devices, whatever the extension: "CON.md" cannot be created there. */
const reservedName = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** One file per chosen talk, in the report's order, with names unique in the folder. */
export function notesAppFiles(data: TripReportData, choice: TripReportChoice): NotesFolderFile[] {
  const report = buildTripReport(data, choice);
  const items = new Map(data.items.map((item) => [item.id, item]));
  const names = new Set<string>();
  return report.talks.flatMap((talk) => {
    const item = items.get(talk.itemId);
    if (!item) return [];
    const fileName = uniqueName(safeFileName(talk.title), names);
    return [{ debriefId: item.id, fileName, text: noteText(item, talk, data) }];
  });
}

/**
 * A title as a file name on every system: no `<>:"/\|?*` or control characters, no leading or
 * trailing dots or spaces; and none of `#^[]`, which Obsidian refuses in names it links to.
 */
export function safeFileName(title: string): string {
  const cleaned = title
    .replace(/[<>:"/\\|?*#^[\]\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[. ]+/, '');
  const cut = Array.from(cleaned)
    .slice(0, maxNameLength)
    .join('')
    .replace(/[. ]+$/, '');
  if (cut === '') return 'Untitled talk';
  return reservedName.test(cut.split('.')[0] ?? '') ? `${cut} talk` : cut;
}

/** "Title.md", or "Title (2).md" for the second talk of that title (compared as case-blind systems do). */
function uniqueName(base: string, taken: Set<string>): string {
  for (let count = 1; ; count += 1) {
    const suffix = count === 1 ? '' : ` (${count})`;
    const stem = Array.from(base)
      .slice(0, maxNameLength - suffix.length)
      .join('')
      .replace(/[. ]+$/, '');
    const name = `${stem}${suffix}.md`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** A tag as Obsidian reads one: no `#`, no spaces or punctuation but `-`, `_` and `/`. */
function obsidianTag(tag: string): string {
  return tag
    .trim()
    .replace(/^#+/, '')
    .replace(/[^\p{L}\p{M}\p{N}_/-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The item's tags and the user's tags on what goes in with it, each once (Obsidian's tags ignore case). */
function tagsOf(item: RecapItem, talk: ReportTalk): string[] {
  const seen = new Set<string>();
  const all = [...item.tags, ...talk.notes.flatMap((note) => note.tags), ...talk.highlights.flatMap((h) => h.tags)];
  return all.map(obsidianTag).filter((tag) => {
    if (tag === '' || seen.has(tag.toLowerCase())) return false;
    seen.add(tag.toLowerCase());
    return true;
  });
}

function frontMatter(item: RecapItem, talk: ReportTalk, data: TripReportData): string {
  const date = itemDate(item, data.conference);
  const url = talk.links.find((link) => link.label === 'Schedule')?.url;
  const fields = {
    title: talk.title,
    speakers: talk.speakers,
    conference: data.conference.name,
    ...(date ? { date } : {}),
    tags: tagsOf(item, talk),
    ...(url ? { url } : {}),
    'debrief-id': item.id,
  };
  // Never folded: a long title on two lines would make every diff of the file noisier.
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n`;
}

function task(action: ReportAction): string {
  const details = [
    action.status === 'in progress' || action.status === 'dropped' ? action.status : '',
    action.owner ? `owner: ${action.owner}` : '',
    action.due ? `due: ${action.due}` : '',
    action.priority ? `priority: ${action.priority}` : '',
  ].filter(Boolean);
  const title = escapeMarkdownLine(action.title);
  const line = `- [${action.finished ? 'x' : ' '}] ${title}${details.length > 0 ? ` — ${escapeMarkdownLine(details.join(', '))}` : ''}`;
  const notes = action.notes
    .split('\n')
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => `  ${escapeMarkdownLine(text)}`);
  return [line, ...notes].map((text, index, all) => (index < all.length - 1 ? `${text}\\` : text)).join('\n');
}

function noteText(item: RecapItem, talk: ReportTalk, data: TripReportData): string {
  const recap = item.kind === 'session' ? (item.session?.abstract ?? item.body) : item.body;
  const blocks = [`# ${escapeMarkdownLine(talk.title)}`];
  const text = nestedMarkdown(recap, 2);
  if (text) blocks.push(text);
  if (item.verdict?.trim()) blocks.push(`Verdict: ${escapeMarkdownLine(item.verdict.trim())}`);
  if (talk.highlights.length > 0) {
    blocks.push('## Highlights');
    for (const highlight of talk.highlights) {
      const quote = highlight.passage
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => `> ${escapeMarkdownLine(line)}`)
        .join('\n');
      blocks.push(quote);
      const comment = nestedMarkdown(highlight.comment, 3);
      if (comment) blocks.push(comment);
    }
  }
  // A talk made from the user's recap has that text as its own: it is written once, above.
  const notes = talk.notes.filter((note) => !(note.from && note.body === recap.trim()));
  if (notes.length > 0) {
    blocks.push(
      '## Notes',
      ...notes.map((note) =>
        [note.from ? `*${escapeMarkdownLine(note.from)}*` : '', nestedMarkdown(note.body, 3)]
          .filter(Boolean)
          .join('\n\n'),
      ),
    );
  }
  if (talk.actions.length > 0) blocks.push('## Action items', talk.actions.map(task).join('\n'));
  return `${frontMatter(item, talk, data)}\n${blocks.join('\n\n')}\n`;
}
