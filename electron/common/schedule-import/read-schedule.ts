// The one door to the schedule readers: decode the file, tell its format by what it holds (its
// name only when its content says nothing), and hand it to the reader of that format. Pure and
// synchronous: it runs in the renderer's worker and in `content:check`.
import { decodeTextFile } from '../content/decode-text';
import { readFrabJson } from './read-frab-json';
import { readFrabXml } from './read-frab-xml';
import { readIcs } from './read-ics';
import type { ScheduleFormat, ScheduleRead, ScheduleReadOptions } from './schedule';

/** The file name extensions schedule files have. */
export const scheduleFileExtensions = ['ics', 'json', 'xml'];

/** Largest schedule the app reads: FOSDEM's XML is 2 MB for 700 sessions; ten times that is a mistake. */
export const maxScheduleBytes = 20 * 1024 * 1024;

const formatByExtension: Record<string, ScheduleFormat> = {
  ics: 'ics',
  ical: 'ics',
  ifb: 'ics',
  json: 'frab-json',
  xml: 'frab-xml',
};

/**
 * The format of a schedule file: by its content first (an iCalendar's BEGIN:VCALENDAR, a JSON
 * object with a "schedule", an XML <schedule>), by its extension when the content is none of
 * these. Undefined when neither says it is a schedule.
 */
export function scheduleFormatOf(file: string, text: string): ScheduleFormat | undefined {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^BEGIN:VCALENDAR\b/i.test(head)) return 'ics';
  if (head.startsWith('{') && /"schedule"\s*:/.test(text)) return 'frab-json';
  if (head.startsWith('<') && /<schedule[\s>/]/.test(text)) return 'frab-xml';
  const extension = /\.([A-Za-z0-9]+)$/.exec(file)?.[1]?.toLowerCase();
  return extension ? formatByExtension[extension] : undefined;
}

/** Reads a schedule file: the sessions it holds and what was skipped, or the problems that stopped the read. */
export function readSchedule(file: string, bytes: Uint8Array, options: ScheduleReadOptions = {}): ScheduleRead {
  const text = decodeTextFile(file, bytes, maxScheduleBytes);
  if (typeof text !== 'string') return { problems: [text] };
  if (text.trim() === '') return { problems: [{ file, message: 'the file is empty' }] };
  const read = readerOf(scheduleFormatOf(file, text))?.(file, text, options);
  if (!read) {
    return {
      problems: [
        {
          file,
          line: 1,
          message:
            'this is not a schedule Debrief reads: expected an iCalendar file (.ics), a pretalx/frab JSON schedule or a frab XML schedule',
        },
      ],
    };
  }
  // Skipped entries in file order, so the list reads top to bottom; file-wide ones first.
  read.schedule?.skipped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return read;
}

function readerOf(
  format: ScheduleFormat | undefined,
): ((file: string, text: string, options: ScheduleReadOptions) => ScheduleRead) | undefined {
  if (format === 'ics') return readIcs;
  if (format === 'frab-json') return readFrabJson;
  if (format === 'frab-xml') return readFrabXml;
  return undefined;
}
