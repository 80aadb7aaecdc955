import { describe, expect, it } from 'vitest';
import {
  checkCommands,
  commandForKey,
  filterCommands,
  type Command,
} from '../../../../renderer/src/lib/commands/command-registry';
import { steppedId } from '../../../../renderer/src/lib/commands/talk-steps';

const noop = (): void => undefined;
const commands: Command[] = [
  { id: 'palette.open', title: 'Show all commands', shortcuts: [{ key: 'p', mod: true, shift: true }], run: noop },
  {
    id: 'talk.next',
    title: 'Next talk in the list',
    shortcuts: [{ key: 'j' }, { key: 'ArrowDown', alt: true }],
    run: noop,
  },
  { id: 'view.actions', title: 'Open Actions', shortcuts: [], run: noop },
];
const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...extra,
});
const textBox = { tagName: 'INPUT', type: 'text', isContentEditable: false } as unknown as EventTarget;
const button = { tagName: 'BUTTON', isContentEditable: false } as unknown as EventTarget;

describe('filterCommands', () => {
  it('keeps commands whose title has every typed word, in any case and order', () => {
    expect(filterCommands(commands, 'talk NEXT').map((c) => c.id)).toEqual(['talk.next']);
    expect(filterCommands(commands, '').map((c) => c.id)).toEqual(['palette.open', 'talk.next', 'view.actions']);
    expect(filterCommands(commands, 'nothing like this')).toEqual([]);
  });
});

describe('commandForKey', () => {
  it('finds the command for any of its shortcuts', () => {
    expect(commandForKey(commands, key('j'), button, false)?.id).toBe('talk.next');
    expect(commandForKey(commands, key('ArrowDown', { altKey: true }), button, false)?.id).toBe('talk.next');
    expect(commandForKey(commands, key('P', { ctrlKey: true, shiftKey: true }), button, false)?.id).toBe(
      'palette.open',
    );
    expect(commandForKey(commands, key('x'), button, false)).toBeUndefined();
  });

  it('leaves single letters to a text box but still takes modified shortcuts there', () => {
    expect(commandForKey(commands, key('j'), textBox, false)).toBeUndefined();
    expect(commandForKey(commands, key('ArrowDown', { altKey: true }), textBox, false)?.id).toBe('talk.next');
    expect(commandForKey(commands, key('P', { ctrlKey: true, shiftKey: true }), textBox, false)?.id).toBe(
      'palette.open',
    );
  });
});

describe('checkCommands', () => {
  it('accepts distinct ids and keys', () => {
    expect(() => checkCommands(commands)).not.toThrow();
  });

  it('names both commands when two share a shortcut or an id', () => {
    const clash = [...commands, { id: 'other', title: 'Other', shortcuts: [{ key: 'J' }], run: noop }];
    expect(() => checkCommands(clash)).toThrow(/"talk.next" and "other"/);
    expect(() => checkCommands([...commands, { ...commands[0]!, shortcuts: [] }])).toThrow(/palette.open/);
  });
});

describe('steppedId', () => {
  const ids = ['a', 'b', 'c'];
  it('moves one talk either way and stops at the ends', () => {
    expect(steppedId(ids, 'b', 1)).toBe('c');
    expect(steppedId(ids, 'b', -1)).toBe('a');
    expect(steppedId(ids, 'c', 1)).toBeUndefined();
    expect(steppedId(ids, 'a', -1)).toBeUndefined();
  });

  it('starts from the first talk going forward and the last going back when none is open', () => {
    expect(steppedId(ids, undefined, 1)).toBe('a');
    expect(steppedId(ids, 'elsewhere', -1)).toBe('c');
    expect(steppedId([], undefined, 1)).toBeUndefined();
  });
});
