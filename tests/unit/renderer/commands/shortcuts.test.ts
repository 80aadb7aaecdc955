import { describe, expect, it } from 'vitest';
import {
  formatShortcut,
  isTypingTarget,
  matchesShortcut,
  type KeyPress,
} from '../../../../renderer/src/lib/commands/shortcuts';

function press(key: string, extra: Partial<KeyPress> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...extra };
}

describe('matchesShortcut', () => {
  it('maps mod to Ctrl off the Mac and to Cmd on it', () => {
    const palette = { key: 'p', mod: true, shift: true };
    expect(matchesShortcut(press('P', { ctrlKey: true, shiftKey: true }), palette, false)).toBe(true);
    expect(matchesShortcut(press('P', { metaKey: true, shiftKey: true }), palette, false)).toBe(false);
    expect(matchesShortcut(press('P', { metaKey: true, shiftKey: true }), palette, true)).toBe(true);
    expect(matchesShortcut(press('P', { ctrlKey: true, shiftKey: true }), palette, true)).toBe(false);
  });

  it('wants exactly the modifiers asked for', () => {
    expect(matchesShortcut(press('p', { ctrlKey: true }), { key: 'p', mod: true, shift: true }, false)).toBe(false);
    expect(matchesShortcut(press('j', { ctrlKey: true }), { key: 'j' }, false)).toBe(false);
    expect(matchesShortcut(press('J', { shiftKey: true }), { key: 'j' }, false)).toBe(false);
    expect(matchesShortcut(press('ArrowDown', { altKey: true }), { key: 'ArrowDown', alt: true }, false)).toBe(true);
    expect(matchesShortcut(press('ArrowDown'), { key: 'ArrowDown', alt: true }, false)).toBe(false);
  });

  it('takes a symbol whatever Shift the layout needs to type it', () => {
    expect(matchesShortcut(press('?', { shiftKey: true }), { key: '?' }, false)).toBe(true);
    expect(matchesShortcut(press('?'), { key: '?' }, false)).toBe(true);
  });
});

describe('formatShortcut', () => {
  it('reads in the platform’s words', () => {
    expect(formatShortcut({ key: 'p', mod: true, shift: true }, false)).toBe('Ctrl+Shift+P');
    expect(formatShortcut({ key: 'p', mod: true, shift: true }, true)).toBe('⌘⇧P');
    expect(formatShortcut({ key: 'ArrowDown', alt: true }, false)).toBe('Alt+↓');
    expect(formatShortcut({ key: '?' }, false)).toBe('?');
  });
});

describe('isTypingTarget', () => {
  it('is true for text boxes and false for buttons and plain elements', () => {
    const tag = (tagName: string, more: Record<string, unknown> = {}) => ({
      tagName,
      isContentEditable: false,
      ...more,
    });
    expect(isTypingTarget(tag('TEXTAREA') as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget(tag('INPUT', { type: 'text' }) as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget(tag('INPUT', { type: 'radio' }) as unknown as EventTarget)).toBe(false);
    expect(isTypingTarget(tag('DIV', { isContentEditable: true }) as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget(tag('BUTTON') as unknown as EventTarget)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
