// Splits one recap file's outline into talks by its headings: containers ("Day 2", "Overview")
// set the day and give their prose to the intro, groups ("Keynotes", a track with talks under it)
// give their kind to the talks below, and every other heading is a talk whose text runs up to the
// next heading of its level or above, its own sub-headings ("Takeaways") included.
import type { OutlineSection } from './recap-outline';
import {
  isContainerHeading,
  isKindGroupHeading,
  isTalkPartHeading,
  kindByWords,
  readDayHeading,
  type DayHeading,
  type TalkKind,
} from './talk-headings';
import { readTalkLines } from './talk-lines';

/** A talk's heading, where its text is, and the day it falls under. */
export interface SplitTalk {
  section: OutlineSection;
  kind: TalkKind;
  day: DayHeading;
  /** Its text: from the line after its heading up to (not including) `endLine`, 1-based. */
  startLine: number;
  endLine: number;
}

/** Prose that belongs to no talk: a container's own text, with its heading. */
export interface IntroPart {
  section?: OutlineSection;
  day: DayHeading;
  startLine: number;
  endLine: number;
  /** A day or overview section, which becomes a talk when the file has no talks at all. */
  promotable: boolean;
}

interface Frame {
  level: number;
  role: 'container' | 'group' | 'talk';
  kind?: TalkKind;
  day: DayHeading;
}

// A heading with talks under it and little text of its own is a group ("Security track"); a talk
// with sub-headings has more to say under its own heading first.
const groupProseLimit = 300;

/** The talks and intro parts of a file's sections; `fileDay` is what the file's name or title says of the day. */
export function splitTalks(
  sections: readonly OutlineSection[],
  lineCount: number,
  year: number | undefined,
  fileDay: DayHeading,
): { talks: SplitTalk[]; intro: IntroPart[] } {
  const talks: SplitTalk[] = [];
  const intro: IntroPart[] = [];
  const stack: Frame[] = [];
  // An empty day heading at the same level as the talks after it ("Day 1" then "Ship It Friday" in
  // plain text, where every heading is level 2) is their day until the next day heading.
  const sameLevelDay = new Map<number, DayHeading>();
  sections.forEach((section, index) => {
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= section.level) stack.pop();
    if (stack.some((frame) => frame.role === 'talk')) return;
    for (const level of sameLevelDay.keys()) if (level > section.level) sameLevelDay.delete(level);
    const above = stack.at(-1);
    const inherited = { ...(above?.day ?? fileDay), ...sameLevelDay.get(section.level) };
    const startLine = section.lines[0]?.line ?? section.line + 1;
    const endLine = sectionEnd(sections, index, lineCount);
    const ownEnd = sections[index + 1]?.line ?? lineCount + 1;
    const dayHeading = readDayHeading(section.heading, year);
    const heading = section.heading;
    if (dayHeading || isContainerHeading(heading) || isTalkPartHeading(heading)) {
      const day = dayHeading ? { ...(above?.day ?? fileDay), ...dayHeading } : inherited;
      // Only an empty day heading is a divider: one with text of its own tells of that day itself.
      const hasSubHeadings = (sections[index + 1]?.level ?? 0) > section.level;
      const empty = section.lines.every((line) => line.text.trim() === '');
      if (dayHeading && !hasSubHeadings && empty) sameLevelDay.set(section.level, day);
      else sameLevelDay.delete(section.level);
      stack.push({ level: section.level, role: 'container', day, ...(above?.kind ? { kind: above.kind } : {}) });
      const promotable = dayHeading !== undefined || (isContainerHeading(heading) && !isTalkPartHeading(heading));
      intro.push({ section, day, startLine, endLine: ownEnd, promotable });
      return;
    }
    const ownKind = kindByWords(heading);
    const kind = ownKind === 'talk' && above?.kind ? above.kind : ownKind;
    if (isGroup(sections, index, heading)) {
      stack.push({ level: section.level, role: 'group', kind, day: inherited });
      intro.push({ section, day: inherited, startLine, endLine: ownEnd, promotable: false });
      return;
    }
    stack.push({ level: section.level, role: 'talk', kind, day: inherited });
    talks.push({ section, kind, day: inherited, startLine, endLine });
  });
  return { talks, intro };
}

/** The line of the next heading at this section's level or above, or past the file's end. */
function sectionEnd(sections: readonly OutlineSection[], index: number, lineCount: number): number {
  const level = sections[index]?.level ?? 1;
  for (let next = index + 1; next < sections.length; next++) {
    const section = sections[next];
    if (section && section.level <= level) return section.line;
  }
  return lineCount + 1;
}

function isGroup(sections: readonly OutlineSection[], index: number, heading: string): boolean {
  const section = sections[index];
  if (!section) return false;
  const descendants: OutlineSection[] = [];
  for (let next = index + 1; next < sections.length; next++) {
    const child = sections[next];
    if (!child || child.level <= section.level) break;
    descendants.push(child);
  }
  const childLevel = Math.min(...descendants.map((child) => child.level));
  const direct = descendants.filter((child) => child.level === childLevel);
  if (direct.length === 0) return false;
  if (isKindGroupHeading(heading)) return true;
  if (direct.length < 2 || direct.some((child) => isTalkPartHeading(child.heading))) return false;
  const meta = readTalkLines(section.lines);
  if (meta.speakers.length > 0 || meta.url) return false;
  const prose = section.lines
    .map((line) => line.text.trim())
    .join(' ')
    .trim();
  return prose.length < groupProseLimit;
}
