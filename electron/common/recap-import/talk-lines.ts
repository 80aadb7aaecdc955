// The lines right under a talk's heading that say who, where and what rather than tell: a
// speakers line, the talk's link ("[schedule](https://…)" or a bare URL), a tags line. Prose
// ends them: a link in the third paragraph is something the author mentioned, not the talk's page.
import type { Speaker } from '../domain';
import type { NumberedLine } from './recap-outline';
import { speakersLine } from './talk-speakers';

/** What the first lines under a heading say about the talk. */
export interface TalkLines {
  speakers: Speaker[];
  /** The talk's own page: a bare link, or a link named schedule, session, talk or page. */
  url?: string;
  /** Every link of those lines (video, slides too), for matching against the known items' links. */
  urls: string[];
  tags: string[];
}

const markdownLink = /\[([^\]]*)\]\(\s*<?(https?:\/\/[^\s)>]+)>?(?:\s+"[^"]*")?\s*\)/gi;
const bareUrl = /^<?(https?:\/\/[^\s>]+)>?$/i;
const labelled = /^(?:schedule|session|link|url|talk|page|sched)\s*:\s*<?(https?:\/\/[^\s>]+)>?$/i;
const otherLabel = /^(?:video|recording|slides|deck)\s*:\s*<?(https?:\/\/[^\s>]+)>?$/i;
const tagsLine = /^tags?\s*:\s*(.+)$/i;
const pageNames = /^(?:schedule|session|talk|page|link|sched|abstract|event|details)$/i;

/** Reads the speakers, link and tags lines at the top of a talk's text; stops at the first line of prose. */
export function readTalkLines(lines: readonly NumberedLine[]): TalkLines {
  const found: TalkLines = { speakers: [], urls: [], tags: [] };
  let seen = 0;
  for (const { text } of lines) {
    const line = text.trim().replace(/^[-*+]\s+/, '');
    if (line === '') continue;
    if (seen++ >= 4) break;
    const plain = line.replace(/\*\*|__/g, '');
    const speakers = speakersLine(plain);
    if (speakers && found.speakers.length === 0) {
      found.speakers = speakers;
      continue;
    }
    const tags = tagsLine.exec(plain);
    if (tags?.[1]) {
      found.tags = tags[1]
        .split(/[,\s]+/)
        .map((tag) => tag.replace(/^#/, ''))
        .filter(Boolean);
      continue;
    }
    const bare = bareUrl.exec(plain)?.[1] ?? labelled.exec(plain)?.[1];
    if (bare) {
      found.url ??= bare;
      found.urls.push(bare);
      continue;
    }
    const other = otherLabel.exec(plain)?.[1];
    if (other) {
      found.urls.push(other);
      continue;
    }
    const links = [...plain.matchAll(markdownLink)];
    // A line of links only ("[schedule](…) · [video](…)"), nothing else to say.
    const rest = plain.replace(markdownLink, '').replace(/[\s|·•,–—-]+/g, '');
    if (links.length === 0 || rest.length > 12) break;
    for (const link of links) {
      const url = link[2] ?? '';
      found.urls.push(url);
      if (pageNames.test((link[1] ?? '').trim())) found.url ??= url;
    }
  }
  return found;
}
