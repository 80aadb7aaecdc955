import { describe, expect, it } from 'vitest';
import {
  isSyncConflictCopy,
  isSyncToolTempFile,
  nameBeforeConflict,
} from '../../../../electron/common/team-sync/sync-tool-files';

describe('sync tools’ own files', () => {
  it('are the files they write on the way and for themselves', () => {
    const names = [
      'alice/.syncthing.3.jsonl.tmp',
      'alice\\~syncthing~3.jsonl.tmp',
      '.stignore',
      '.stfolder/syncthing-folder-1a2b3c.txt',
      '.stversions/alice/3~20240518-101500.jsonl',
      '.dropbox',
      '.dropbox.attr',
      '.dropbox.cache/2024-05-18/3 (deleted 1a2b).jsonl',
      'alice/3.jsonl.~57d',
      'alice/3.jsonl.~as9lp8',
      '._sync_5ab4ad2f2ade.db',
      '.sync_5ab4ad2f2ade.db-wal',
      '.nextcloudsync.log',
      'alice/3.jsonl.ocTransferId1234.part',
      'alice/3.jsonl.part',
      '.tmp.drivedownload/123',
      'alice/3.jsonl.!sync',
      '.sync/ID',
      '.~lock.3.jsonl#',
      '~$notes.docx',
      'alice/.3.jsonl.swp',
      'alice/3.jsonl~',
      'alice/3.jsonl.crdownload',
    ];
    for (const name of names) expect(isSyncToolTempFile(name), name).toBe(true);
  });

  it('are not the team’s segments, nor their conflict copies', () => {
    const names = [
      'alice/3.jsonl',
      'alice/3.sync-conflict-20240518-101500-ABCDEF7.jsonl',
      'alice/3 (Bob’s conflicted copy 2024-05-18).jsonl',
      'README.md',
      'dropbox-notes/1.jsonl',
      'alice/parts.jsonl',
      '',
    ];
    for (const name of names) expect(isSyncToolTempFile(name), name).toBe(false);
  });
});

describe('sync tools’ conflict copies', () => {
  it('are recognised, with the name of the file they are a copy of', () => {
    const copies: [string, string][] = [
      ['3.sync-conflict-20240518-101500-ABCDEF7.jsonl', '3.jsonl'],
      ['3.sync-conflict-20240518-101500.jsonl', '3.jsonl'],
      ['3.jsonl.sync-conflict-20240518-101500-ABCDEF7', '3.jsonl'],
      ["3 (Bob's conflicted copy 2024-05-18).jsonl", '3.jsonl'],
      ['3 (conflicted copy 2024-05-18 101500).jsonl', '3.jsonl'],
      ['3_conflict-20240518-101500.jsonl', '3.jsonl'],
    ];
    for (const [copy, original] of copies) {
      expect(isSyncConflictCopy(copy), copy).toBe(true);
      expect(nameBeforeConflict(copy)).toBe(original);
    }
  });

  it('are not ordinary names that happen to mention a conflict', () => {
    for (const name of ['3.jsonl', 'sync-conflict.md', 'conflicted copy.txt', '3.sync-conflict-2024.jsonl']) {
      expect(isSyncConflictCopy(name), name).toBe(false);
    }
  });
});
