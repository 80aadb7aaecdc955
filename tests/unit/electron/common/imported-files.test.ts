// One list of the files Debrief imports: what main accepts from the desktop is what the open
// dialogs offer; and the events that carry a file or a menu command are checked on arrival.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  allImportedExtensions,
  extensionOf,
  importedExtensions,
  importedKindOf,
} from '../../../../electron/common/imported-files';
import { eventNames, messageNames, parseEventPayload } from '../../../../electron/common/ipc-contract';
import { recapFileFilters } from '../../../../renderer/src/lib/recaps/import-recap-file';
import { scheduleFileFilters } from '../../../../renderer/src/lib/schedule/schedule-imports.svelte';

describe('the files Debrief imports', () => {
  it('are exactly the ones the open dialogs offer, kind by kind', () => {
    expect(recapFileFilters.flatMap((filter) => filter.extensions)).toEqual([...importedExtensions.recap]);
    expect(scheduleFileFilters.flatMap((filter) => filter.extensions)).toEqual([...importedExtensions.schedule]);
    expect(allImportedExtensions).toEqual(['md', 'markdown', 'txt', 'ics', 'json', 'xml']);
  });

  it('are told by their extension, in any case, wherever the path comes from', () => {
    expect(importedKindOf('/home/ana/Notes.MD')).toBe('recap');
    expect(importedKindOf('C:\\Users\\ana\\talks.markdown')).toBe('recap');
    expect(importedKindOf('schedule.ICS')).toBe('schedule');
    expect(importedKindOf('frab.xml')).toBe('schedule');
    expect(importedKindOf('photo.png')).toBeUndefined();
    expect(importedKindOf('.md')).toBeUndefined();
    expect(importedKindOf('/some.dir/README')).toBeUndefined();
    expect(extensionOf('archive.tar.gz')).toBe('gz');
  });
});

describe('the events main sends', () => {
  it('never share a name with a message', () => {
    for (const name of eventNames) expect(messageNames as readonly string[]).not.toContain(name);
  });

  it('accept a command id and a file, and refuse anything else with the field named', () => {
    expect(parseEventPayload('runCommand', { commandId: 'view.actions' })).toEqual({ commandId: 'view.actions' });
    const file = { name: 'a.md', bytes: new Uint8Array([1]) };
    expect(parseEventPayload('openUserFile', file)).toEqual(file);
    expect(() => parseEventPayload('runCommand', { commandId: 'x y' })).toThrow(
      /runCommand: invalid event \(field commandId\)/,
    );
    expect(() => parseEventPayload('runCommand', { commandId: 'a.b', more: 1 })).toThrow(/runCommand: invalid event/);
    expect(() => parseEventPayload('openUserFile', { name: 'a.md', bytes: [1] })).toThrow(/\(field bytes\)/);
    expect(() => parseEventPayload('openUserFile', { name: 'x'.repeat(300), bytes: new Uint8Array() })).toThrow(
      /\(field name\)/,
    );
  });
});
