// A device's log in the team folder: one folder per device, holding its changes in numbered
// segments, one JSON change a line (`alice-laptop/1.jsonl`, `alice-laptop/2.jsonl`…). Only the
// device writes its folder; everyone reads every folder. A damaged line is reported and skipped,
// so that one bad line never costs the rest of the team's changes.
import { readChange, type Change } from './change';
import { isDeviceId } from './device-id';
import { mergeChanges, type Merged } from './merge';
import { isSyncToolTempFile, nameBeforeConflict } from './sync-tool-files';

/** One file of the team folder: its path there ("/" between folders) and its text. */
export interface SegmentFile {
  name: string;
  text: string;
}

/** What is wrong with one line of a segment. */
export interface SegmentProblem {
  segment: string;
  /** 1 for the first line. */
  line: number;
  problem: 'truncated' | 'not-json' | 'invalid' | 'newer-format' | 'wrong-device';
  /** What is wrong, naming the field: `fields.status: Invalid option…`. */
  message: string;
}

/** A segment's changes, and the lines that were skipped. */
export interface ParsedSegment {
  changes: Change[];
  problems: SegmentProblem[];
}

/** The device whose segment `name` is, also for a sync tool's conflict copy of one; undefined if it is none. */
export function segmentDevice(name: string): string | undefined {
  const parts = name.split(/[\\/]/);
  if (parts.length !== 2) return undefined;
  const [device, file] = parts as [string, string];
  if (!isDeviceId(device)) return undefined;
  return /^\d{1,9}\.jsonl$/.test(nameBeforeConflict(file) ?? file) ? device : undefined;
}

/** One line as the user would read it in a list of problems. */
export function describeSegmentProblem(problem: SegmentProblem): string {
  return `${problem.segment}, line ${problem.line}: ${problem.message}`;
}

/** Reads a segment's lines into changes, reporting and skipping the ones that are not. */
export function parseSegment(file: SegmentFile, device = segmentDevice(file.name)): ParsedSegment {
  const changes: Change[] = [];
  const problems: SegmentProblem[] = [];
  const lines = file.text.replace(/^\uFEFF/, '').split('\n');
  // A last line without its newline may be one the device was still writing when the file synced.
  const unfinished = lines.length - 1;
  lines.forEach((text, index) => {
    if (text.trim() === '') return;
    const report = (problem: SegmentProblem['problem'], message: string) =>
      problems.push({ segment: file.name, line: index + 1, problem, message });
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      if (index === unfinished) report('truncated', 'the line is cut short: the file may still be on its way');
      else report('not-json', 'is not a change: not valid JSON');
      return;
    }
    const read = readChange(raw);
    if (!read.ok) report(read.problem, read.message);
    else if (device !== undefined && read.change.device !== device) {
      report('wrong-device', `is a change by "${read.change.device}" in the log of "${device}"`);
    } else changes.push(read.change);
  });
  return { changes, problems };
}

/** Every device's changes replayed, and what could not be read. */
export interface Replayed {
  merged: Merged;
  /** By segment, then line. */
  problems: SegmentProblem[];
  /** Files in the team folder that are not segments, nor a sync tool's own. */
  otherFiles: string[];
}

/**
 * Replays the team folder's segments. Their order does not matter, and reading a segment twice,
 * or with a sync tool's conflict copy of it, counts each change once; a copy's extra changes count.
 */
export function replay(files: Iterable<SegmentFile>): Replayed {
  const changes: Change[] = [];
  const problems = new Map<string, SegmentProblem>();
  const otherFiles = new Set<string>();
  for (const file of files) {
    if (isSyncToolTempFile(file.name)) continue;
    const device = segmentDevice(file.name);
    if (device === undefined) {
      otherFiles.add(file.name);
      continue;
    }
    const parsed = parseSegment(file, device);
    for (const change of parsed.changes) changes.push(change);
    // Keyed by all it says, so that two versions of one segment (it grew while being read) keep both reports.
    for (const problem of parsed.problems) problems.set(JSON.stringify(problem), problem);
  }
  return {
    merged: mergeChanges(changes),
    problems: [...problems.keys()]
      .sort()
      .map((key) => problems.get(key)!)
      .sort(bySegmentAndLine),
    otherFiles: [...otherFiles].sort(),
  };
}

function bySegmentAndLine(a: SegmentProblem, b: SegmentProblem): number {
  return (a.segment < b.segment ? -1 : a.segment > b.segment ? 1 : 0) || a.line - b.line;
}
