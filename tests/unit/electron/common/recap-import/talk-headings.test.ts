import { describe, expect, it } from 'vitest';
import {
  isContainerHeading,
  kindByWords,
  readDayHeading,
} from '../../../../../electron/common/recap-import/talk-headings';
import { readTalkLines } from '../../../../../electron/common/recap-import/talk-lines';
import { parseSpeakers, speakersLine } from '../../../../../electron/common/recap-import/talk-speakers';

const numbered = (text: string) => text.split('\n').map((line, index) => ({ text: line, line: index + 1 }));

describe('day headings', () => {
  it('reads day numbers, dates and weekdays, completing a date with the year it is given', () => {
    expect(readDayHeading('Day 2 — Thu, May 19', 2022)).toEqual({ day: 2, weekday: 4, date: '2022-05-19' });
    expect(readDayHeading('2022-05-19', undefined)).toEqual({ date: '2022-05-19' });
    expect(readDayHeading('Thursday, 19th May 2022', undefined)).toEqual({ weekday: 4, date: '2022-05-19' });
    expect(readDayHeading('Thursday', undefined)).toEqual({ weekday: 4 });
    expect(readDayHeading('May 19', undefined)).toEqual({});
    expect(readDayHeading('Day 0', 2022)).toEqual({ day: 0 });
  });

  it('leaves talks that merely start with a day alone', () => {
    expect(readDayHeading('Day Two Operations', 2022)).toBeUndefined();
    expect(readDayHeading('Day 1 Keynotes', 2022)).toBeUndefined();
    expect(readDayHeading('May the Force Be With You', 2022)).toBeUndefined();
    expect(readDayHeading('42', 2022)).toBeUndefined();
  });

  it('knows containers and kinds by their words', () => {
    expect(['Overview', 'Summary', 'Intro', 'Overall impressions', 'Notes', 'Day 3'].every(isContainerHeading)).toBe(
      true,
    );
    expect(isContainerHeading('Notes on Observability')).toBe(false);
    expect(kindByWords('Day 1 Keynotes')).toBe('keynote');
    expect(kindByWords('Lightning talks')).toBe('lightning-talks');
    expect(kindByWords('Expo hall')).toBe('booth');
    expect(kindByWords('Vendor: Acme')).toBe('booth');
    expect(kindByWords('Panel: The Future of Ops')).toBe('panel');
    expect(kindByWords('Scaling Prometheus')).toBe('talk');
  });
});

describe('speakers and links under a heading', () => {
  it('reads speakers lines in the ways people write them', () => {
    expect(speakersLine('Speakers: Ana Ruiz (Acme, Inc.), Bo Li')).toEqual([
      { name: 'Ana Ruiz', org: 'Acme, Inc.' },
      { name: 'Bo Li' },
    ]);
    expect(speakersLine('*by Ana Ruiz and Bo Li*')).toEqual([{ name: 'Ana Ruiz' }, { name: 'Bo Li' }]);
    expect(speakersLine('**Speaker:** Cara Nunes (Tidewater)')).toEqual([{ name: 'Cara Nunes', org: 'Tidewater' }]);
    expect(parseSpeakers('A One (X) and B Two (Y) & C Three')).toEqual([
      { name: 'A One', org: 'X' },
      { name: 'B Two', org: 'Y' },
      { name: 'C Three' },
    ]);
  });

  it('does not take prose for a speakers line', () => {
    expect(speakersLine('By Tuesday, everyone had heard of it and the queue was long.')).toBeUndefined();
    expect(speakersLine('The speakers were great')).toBeUndefined();
  });

  it('takes the talk’s page from a bare or named link right under the heading, and stops at prose', () => {
    const lines = readTalkLines(
      numbered(
        'Speaker: Bo Li\n[video](https://v.example/1) · [schedule](https://s.example/2)\nTags: #ebpf, kernel\n\nProse https://x.example',
      ),
    );
    expect(lines).toEqual({
      speakers: [{ name: 'Bo Li' }],
      url: 'https://s.example/2',
      urls: ['https://v.example/1', 'https://s.example/2'],
      tags: ['ebpf', 'kernel'],
    });
    expect(readTalkLines(numbered('Great talk, see https://x.example/a for more.')).urls).toEqual([]);
    expect(readTalkLines(numbered('<https://x.example/a>')).url).toBe('https://x.example/a');
  });
});
