// The Todoist and Jira CSV imports, read back with papaparse: their documented columns, only the
// actions still to do, priorities in each tool's terms, labels each tool accepts, and links back.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { talkDeepLink } from '../../../../renderer/src/lib/export/exportable-action';
import { exportActionsAsJiraCsv, jiraLabel, maxJiraSummaryLength } from '../../../../renderer/src/lib/export/jira-csv';
import {
  exportActionsAsTodoistCsv,
  todoistColumns,
  todoistLabel,
} from '../../../../renderer/src/lib/export/todoist-csv';
import { context, hostileActions, keynote, removedTalk } from '../../../fixtures/export/hostile-actions';

describe('exportActionsAsTodoistCsv', () => {
  const text = exportActionsAsTodoistCsv(hostileActions, context);
  const result = Papa.parse<Record<string, string>>(text, { header: true, newline: '\r\n' });
  const rows = result.data;

  it("has exactly the columns of Todoist's template, no byte order mark, and parses cleanly", () => {
    expect(
      text.startsWith('TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE\r\n'),
    ).toBe(true);
    expect(result.meta.fields).toEqual([...todoistColumns]);
    expect(result.errors).toEqual([]);
  });

  it('writes a section per talk with its open and in-progress actions, and leaves done and dropped out', () => {
    expect(rows.map((row) => [row.TYPE, row.CONTENT?.split(' @')[0]])).toEqual([
      ['section', keynote.title],
      ['task', 'Propose a deploy freeze switch, "big red button"; today'],
      ['task', '- [x] ## fake *heading* <b>html</b> [link](javascript:x) `code` | a | b'],
      ['section', removedTalk.title],
      ['task', 'تجربة التوسع التلقائي 👩🏽‍💻 לבדוק'],
    ]);
  });

  it('uses 1 for the highest priority and 4 for none, as Todoist’s CSV does, and indents no task', () => {
    const tasks = rows.filter((row) => row.TYPE === 'task');
    expect(tasks.map((row) => row.PRIORITY)).toEqual(['1', '2', '4']);
    expect(tasks.map((row) => row.INDENT)).toEqual(['1', '1', '1']);
    expect(tasks.map((row) => [row.AUTHOR, row.RESPONSIBLE])).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
  });

  it('writes tags as @labels without spaces, and the due date with its language', () => {
    const first = rows[1]!;
    expect(first.CONTENT).toBe(
      'Propose a deploy freeze switch, "big red button"; today @on_call @sre,ops @deploy_prod',
    );
    expect([first.DATE, first.DATE_LANG, first.TIMEZONE]).toEqual(['2024-05-24', 'en', '']);
    expect(rows[2]!.DATE).toBe('');
    expect(todoistLabel(' two  words ')).toBe('two_words');
  });

  it('puts notes, quote, owner, status and both links back to the talk into DESCRIPTION', () => {
    const description = rows[1]!.DESCRIPTION!;
    expect(description).toContain(hostileActions[0]!.action.notes.trim());
    expect(description).toContain('Owner: Ana, "the" lead');
    expect(description).toContain(keynote.url);
    expect(description).toContain(talkDeepLink(keynote.id));
    expect(rows[2]!.DESCRIPTION).toContain('Status in Debrief: in progress');
    expect(rows[4]!.DESCRIPTION).toContain(hostileActions[4]!.action.notes);
  });
});

describe('exportActionsAsJiraCsv', () => {
  const text = exportActionsAsJiraCsv(hostileActions, context);
  // Read as rows, not with headers: several columns share the name Labels, which papaparse would rename.
  const result = Papa.parse<string[]>(text, { newline: '\r\n' });
  const [header, ...rows] = result.data;

  it('has Jira’s field names, one Labels column per label of the most-tagged action, and parses cleanly', () => {
    expect(result.errors).toEqual([]);
    expect(header).toEqual([
      'Summary',
      'Description',
      'Priority',
      'Due date',
      'Assignee',
      'Labels',
      'Labels',
      'Labels',
    ]);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('writes only actions still to do, with Jira priority names and yyyy-MM-dd due dates', () => {
    expect(rows.map((row) => row[0])).toEqual([
      'Propose a deploy freeze switch, "big red button"; today',
      '- [x] ## fake *heading* <b>html</b> [link](javascript:x) `code` | a | b',
      hostileActions[4]!.action.title,
    ]);
    expect(rows.map((row) => row[2])).toEqual(['High', 'Medium', '']);
    expect(rows.map((row) => row[3])).toEqual(['2024-05-24', '', '']);
    expect(rows.map((row) => row[4])).toEqual(['Ana, "the" lead', '', 'דנה']);
  });

  it('puts one label per Labels column, spaces made hyphens, blanks where an action has fewer', () => {
    expect(rows.map((row) => row.slice(5))).toEqual([
      ['on-call', 'sre,ops', 'deploy@prod'],
      ['markdown', '', ''],
      ['עברית', 'عربي', '👩🏽‍💻'],
    ]);
    expect(jiraLabel(' on   call ')).toBe('on-call');
  });

  it('links back to the talk in the description and keeps the 100 KB note', () => {
    expect(rows[0]![1]).toContain(talkDeepLink(keynote.id));
    expect(rows[0]![1]).toContain(keynote.url);
    expect(rows[2]![1]).toContain(hostileActions[4]!.action.notes);
    expect(rows[2]![1]).not.toContain('javascript:');
  });

  it('shortens a summary past Jira’s 255 characters without splitting an emoji', () => {
    const long = { ...hostileActions[0]!, action: { ...hostileActions[0]!.action, title: '👩🏽‍💻'.repeat(100) } };
    const [, row] = Papa.parse<string[]>(exportActionsAsJiraCsv([long], context), { newline: '\r\n' }).data;
    expect(Array.from(row![0]!)).toHaveLength(maxJiraSummaryLength);
    expect(row![0]!.endsWith('…')).toBe(true);
    expect(new TextDecoder().decode(new TextEncoder().encode(row![0]!))).toBe(row![0]);
  });

  it('still has one Labels column when no action has a tag', () => {
    const untagged = [{ ...hostileActions[1]!, action: { ...hostileActions[1]!.action, tags: [] } }];
    const [head] = Papa.parse<string[]>(exportActionsAsJiraCsv(untagged, context), { newline: '\r\n' }).data;
    expect(head).toEqual(['Summary', 'Description', 'Priority', 'Due date', 'Assignee', 'Labels']);
  });
});
