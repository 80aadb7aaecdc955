// The notes-app export's plan, on folders described in memory: what it creates, updates, leaves
// as it is and leaves alone, and the names it gives new files. The user's own notes are never
// planned to be written.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { NotesFolderFile } from '../../../../electron/common/ipc-contract';
import {
  editedSinceWritten,
  freeNoteFileName,
  planNotesFolder,
  recogniseNote,
  safeNoteFileName,
  stampNote,
  type FolderNote,
  type NotesFolderPlan,
} from '../../../../electron/common/notes-folder-plan';

const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);

function talk(debriefId: string, fileName: string, body = `# ${fileName}\n`): NotesFolderFile {
  return { debriefId, fileName, text: `---\ndebrief-id: ${JSON.stringify(debriefId)}\ntitle: x\n---\n${body}` };
}

/** The folder after a plan's writes, as the IO would leave it. */
function applied(notes: FolderNote[], plan: NotesFolderPlan): FolderNote[] {
  const byPath = new Map(notes.map((note) => [note.path, note.text]));
  for (const write of plan.writes) byPath.set(write.path, write.text);
  return [...byPath].map(([path, text]) => ({ path, text }));
}

function plan(notes: FolderNote[], wanted: NotesFolderFile[], takenNames?: string[]): NotesFolderPlan {
  const names = takenNames ?? notes.filter((note) => !note.path.includes('/')).map((note) => note.path);
  return planNotesFolder({ notes, takenNames: names }, wanted, hash);
}

describe('stampNote', () => {
  it("adds debrief-hash as the front matter's last line, and the stamp verifies the text without it", () => {
    const text = talk('t1', 'A.md').text;
    const stamped = stampNote(text, hash);
    expect(stamped).toBe(`---\ndebrief-id: "t1"\ntitle: x\ndebrief-hash: ${hash(text)}\n---\n# A.md\n`);
    expect(recogniseNote(stamped, hash)).toEqual({ kind: 'debrief', debriefId: 't1', written: text, intact: true });
  });

  it('keeps Windows line endings and reads an id that looks like a number as written', () => {
    const text = '---\r\ndebrief-id: 2022\r\n---\r\nbody\r\n';
    const stamped = stampNote(text, hash);
    expect(stamped).toBe(`---\r\ndebrief-id: 2022\r\ndebrief-hash: ${hash(text)}\r\n---\r\nbody\r\n`);
    expect(recogniseNote(stamped, hash)).toMatchObject({ debriefId: '2022', intact: true });
  });

  it('tells an edited file, and does not take a file without a stamp or id, or with broken YAML, for its own', () => {
    const stamped = stampNote(talk('t1', 'A.md').text, hash);
    expect(recogniseNote(`${stamped}my own line\n`, hash)).toMatchObject({ kind: 'debrief', intact: false });
    expect(recogniseNote(talk('t1', 'A.md').text, hash)).toEqual({ kind: 'foreign' });
    expect(recogniseNote(`---\ntitle: x\ndebrief-hash: ${hash('x')}\n---\n`, hash)).toEqual({ kind: 'foreign' });
    expect(recogniseNote(`---\ndebrief-id: [unclosed\ndebrief-hash: ${hash('x')}\n---\n`, hash)).toEqual({
      kind: 'foreign',
    });
    expect(recogniseNote('# just notes\ndebrief-id: t1\n', hash)).toEqual({ kind: 'foreign' });
  });
});

describe('planNotesFolder', () => {
  const wanted = [talk('t1', 'Keynote.md'), talk('t2', 'Operators.md')];

  it('creates every file in an empty folder, stamped', () => {
    const result = plan([], wanted);
    expect(result.summary).toEqual({
      created: ['Keynote.md', 'Operators.md'],
      updated: [],
      unchanged: 0,
      leftAlone: [],
    });
    expect(result.writes.map((write) => [write.path, write.replacing])).toEqual([
      ['Keynote.md', undefined],
      ['Operators.md', undefined],
    ]);
    expect(result.writes[0]!.text).toBe(stampNote(wanted[0]!.text, hash));
  });

  it('writes nothing the second time', () => {
    const folder = applied([], plan([], wanted));
    const again = plan(folder, wanted);
    expect(again.writes).toEqual([]);
    expect(again.summary).toEqual({ created: [], updated: [], unchanged: 2, leftAlone: [] });
  });

  it('updates a file whose talk changed, and only that one', () => {
    const folder = applied([], plan([], wanted));
    const changed = [wanted[0]!, talk('t2', 'Operators.md', '# Operators\nnew notes\n')];
    const again = plan(folder, changed);
    expect(again.summary).toEqual({ created: [], updated: ['Operators.md'], unchanged: 1, leftAlone: [] });
    expect(again.writes).toEqual([
      { path: 'Operators.md', text: stampNote(changed[1]!.text, hash), replacing: folder[1]!.text },
    ]);
  });

  it('finds a file the user moved (and renamed) in a subfolder by its id, and updates it there', () => {
    const written = applied([], plan([], [wanted[0]!]));
    const moved = [{ path: 'KubeCon/Day 1/The keynote.md', text: written[0]!.text }];
    const changed = talk('t1', 'Keynote.md', '# Keynote\nmore\n');
    const again = plan(moved, [changed]);
    expect(again.summary.updated).toEqual(['KubeCon/Day 1/The keynote.md']);
    expect(again.writes[0]?.path).toBe('KubeCon/Day 1/The keynote.md');
    expect(plan(moved, [wanted[0]!]).summary.unchanged).toBe(1);
  });

  it("never plans to write the user's own file of the wanted name: the new one gets (2), (3)…", () => {
    const mine = [
      { path: 'Keynote.md', text: '# My own keynote notes\n' },
      { path: 'Keynote (2).md', text: `---\ndebrief-id: "t1"\n---\nno stamp: mine too\n` },
    ];
    const result = plan(mine, [wanted[0]!]);
    expect(result.summary.created).toEqual(['Keynote (3).md']);
    expect(result.writes.map((write) => write.path)).toEqual(['Keynote (3).md']);
  });

  it('counts names of any kind, in any case, as taken', () => {
    const result = plan([], [wanted[0]!], ['keynote.MD', 'Keynote (2).md']);
    expect(result.summary.created).toEqual(['Keynote (3).md']);
  });

  it('leaves alone a file of Debrief edited since, and says why', () => {
    const written = applied([], plan([], wanted));
    const edited = written.map((note) =>
      note.path === 'Keynote.md' ? { ...note, text: `${note.text}\nMy thoughts.\n` } : note,
    );
    const changed = wanted.map((file) => ({ ...file, text: `${file.text}more\n` }));
    const result = plan(edited, changed);
    expect(result.summary.leftAlone).toEqual([{ file: 'Keynote.md', reason: editedSinceWritten }]);
    expect(editedSinceWritten).toBe('edited since Debrief wrote it: left as it is');
    expect(result.writes.map((write) => write.path)).toEqual(['Operators.md']);
  });

  it('of two copies of one file, updates the one nobody edited and leaves the other', () => {
    const written = applied([], plan([], [wanted[0]!]))[0]!;
    const copies = [
      { path: 'a/Keynote.md', text: `${written.text}edited\n` },
      { path: 'b/Keynote.md', text: written.text },
    ];
    const result = plan(copies, [talk('t1', 'Keynote.md', 'new\n')]);
    expect(result.writes.map((write) => write.path)).toEqual(['b/Keynote.md']);
  });

  it('gives two wanted files of one name distinct names', () => {
    const result = plan([], [talk('t1', 'Lightning talks.md'), talk('t2', 'Lightning talks.md')]);
    expect(result.summary.created).toEqual(['Lightning talks.md', 'Lightning talks (2).md']);
  });

  it('makes unsafe names safe again, whatever the renderer sent', () => {
    const result = plan([], [talk('t1', 'Q&A: "Why?" <live>.md'), talk('t2', 'CON.md'), talk('t3', '...md')]);
    expect(result.summary.created).toEqual(['Q&A Why live.md', 'CON_.md', 'Untitled.md']);
  });

  it('refuses, before planning any write, a file that does not carry its id or stamps itself', () => {
    expect(() => plan([], [{ debriefId: 't1', fileName: 'A.md', text: '# no front matter\n' }])).toThrow(
      /A\.md must start with front matter that says debrief-id: t1/,
    );
    expect(() => plan([], [{ ...talk('t1', 'A.md'), debriefId: 't2' }])).toThrow(/debrief-id: t2/);
    const selfStamped = stampNote(talk('t1', 'A.md').text, hash);
    expect(() => plan([], [{ debriefId: 't1', fileName: 'A.md', text: selfStamped }])).toThrow(/only main stamps/);
    expect(() => plan([], [talk('t1', 'A.md'), talk('t1', 'B.md')])).toThrow(/two files have one debriefId/);
  });
});

describe('file names', () => {
  it('strips what Windows, macOS or Linux refuse or hide', () => {
    expect(safeNoteFileName('a/b\\c:d*e?f"g<h>i|j.md')).toBe('abcdefghij.md');
    expect(safeNoteFileName('tab\there\u0000\u202eevil.md')).toBe('tab hereevil.md');
    expect(safeNoteFileName('.hidden.md')).toBe('hidden.md');
    expect(safeNoteFileName('ends with dots... .md')).toBe('ends with dots.md');
    expect(safeNoteFileName('nul.md')).toBe('nul_.md');
    expect(safeNoteFileName('LPT1.txt.md')).toBe('LPT1.txt_.md');
    expect(safeNoteFileName('Console.md')).toBe('Console.md');
    expect(safeNoteFileName('   .md')).toBe('Untitled.md');
  });

  it('keeps names to 120 characters before .md, without splitting a character, and the number shows', () => {
    const long = `${'é'.repeat(119)}😀😀.md`;
    expect(safeNoteFileName(long)).toBe(`${'é'.repeat(119)}😀.md`);
    const taken = new Set<string>();
    const first = freeNoteFileName('x'.repeat(200), taken);
    const second = freeNoteFileName('x'.repeat(200), taken);
    expect(first).toBe(`${'x'.repeat(120)}.md`);
    expect(second).toBe(`${'x'.repeat(116)} (2).md`);
  });
});
