// The lines of an iCalendar file as written: where each event and property starts, for problems
// that name a line (ical.js keeps none), and a cleaned text ical.js can parse when the file has a
// broken line or ends early — so one bad line does not cost the user the whole schedule.
import type { ContentProblem } from '../domain';

/** One content line, unfolded: its name (upper case), its raw value as written, and the line it starts on. */
export interface IcsContentLine {
  line: number;
  name: string;
  value: string;
  text: string;
}

/** A VEVENT as written: the line of its BEGIN, and the first line of each property it has. */
export interface IcsEventLines {
  line: number;
  properties: Map<string, IcsContentLine>;
}

/** The file's structure: its events in order, the text to hand ical.js, and what had to be left out. */
export interface IcsLines {
  events: IcsEventLines[];
  /** Top-level VCALENDAR properties (X-WR-CALNAME, X-WR-TIMEZONE), first of each. */
  calendar: Map<string, IcsContentLine>;
  text: string;
  skipped: ContentProblem[];
}

// The property name ends at the first ";" or ":"; the value after the first ":" outside quotes.
function splitContentLine(text: string): { name: string; value: string } | undefined {
  const nameEnd = text.search(/[;:]/);
  if (nameEnd <= 0 || !/^[A-Za-z0-9-]+$/.test(text.slice(0, nameEnd))) return undefined;
  let quoted = false;
  for (let index = nameEnd; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) {
      return { name: text.slice(0, nameEnd).toUpperCase(), value: text.slice(index + 1) };
    }
  }
  return undefined;
}

/** Unfolds the file into content lines; lines that are no property are returned apart with their line. */
function contentLines(text: string): { lines: IcsContentLine[]; broken: number[] } {
  const physical = text.split(/\r\n|\n|\r/);
  const lines: IcsContentLine[] = [];
  const broken: number[] = [];
  let current: { line: number; text: string } | undefined;
  const finish = (): void => {
    if (!current) return;
    const split = splitContentLine(current.text);
    if (split) lines.push({ line: current.line, ...split, text: current.text });
    else broken.push(current.line);
    current = undefined;
  };
  physical.forEach((row, index) => {
    // A line that starts with a space or tab continues the one before (RFC 5545 folding).
    if ((row.startsWith(' ') || row.startsWith('\t')) && current) {
      current.text += row.slice(1);
      return;
    }
    finish();
    if (row.trim() !== '') current = { line: index + 1, text: row };
  });
  finish();
  return { lines, broken };
}

/** True when the first content of the text is BEGIN:VCALENDAR. */
export function startsAsCalendar(text: string): boolean {
  return /^\s*BEGIN:VCALENDAR\s*(\r\n|\n|\r|$)/i.test(text);
}

/**
 * Reads the file's lines and structure. Lines that are no `NAME:value` are left out and reported;
 * so is an event the file ends inside of. A component closed by the wrong END stops the read: what
 * belongs where is then unknown, and the returned string says where it went wrong.
 */
export function readIcsLines(file: string, text: string): IcsLines | ContentProblem {
  const { lines, broken } = contentLines(text);
  const skipped: ContentProblem[] = broken.map((line) => ({
    file,
    line,
    message:
      'this line is not an iCalendar property (NAME:value) and was left out; a folded line may have lost its indent',
  }));
  const kept: string[] = [];
  const events: IcsEventLines[] = [];
  const calendar = new Map<string, IcsContentLine>();
  const open: { name: string; line: number; keptAt: number }[] = [];
  let event: IcsEventLines | undefined;
  for (const content of lines) {
    const value = content.value.trim().toUpperCase();
    if (content.name === 'BEGIN') {
      if (open.length === 0 && value !== 'VCALENDAR') {
        return { file, line: content.line, message: `BEGIN:${value} is outside any BEGIN:VCALENDAR` };
      }
      open.push({ name: value, line: content.line, keptAt: kept.length });
      if (value === 'VEVENT' && open.length === 2) {
        event = { line: content.line, properties: new Map() };
        events.push(event);
      }
    } else if (content.name === 'END') {
      const innermost = open.pop();
      if (!innermost) return { file, line: content.line, message: `END:${value} closes nothing that was begun` };
      if (innermost.name !== value) {
        return {
          file,
          line: content.line,
          message: `END:${value} does not close BEGIN:${innermost.name} at line ${innermost.line}`,
        };
      }
      if (value === 'VEVENT' && open.length === 1) event = undefined;
    } else if (open.length === 0) {
      skipped.push({
        file,
        line: content.line,
        message: `${content.name} is outside BEGIN:VCALENDAR and was left out`,
      });
      continue;
    } else if (event && open.length === 2) {
      if (!event.properties.has(content.name)) event.properties.set(content.name, content);
    } else if (open.length === 1 && !calendar.has(content.name)) {
      calendar.set(content.name, content);
    }
    kept.push(content.text);
  }
  // A file cut short (a download that stopped): drop the event it ends inside, close the rest.
  if (open.length > 0) {
    const cut = open.find((component) => component.name === 'VEVENT') ?? open[1];
    if (cut) {
      skipped.push({
        file,
        line: cut.line,
        message: `the file ends inside this BEGIN:${cut.name} (no END:${cut.name}); it was skipped`,
      });
      kept.length = cut.keptAt;
      if (events.at(-1)?.line === cut.line) events.pop();
      open.length = open.indexOf(cut);
    }
    for (const component of open.reverse()) kept.push(`END:${component.name}`);
  }
  return { events, calendar, text: kept.join('\r\n'), skipped };
}
