// Keyboard shortcuts as data: what a key press must look like to run a command, how it reads on
// screen, and when a single-key shortcut must stay quiet because the user is typing.

/** One key combination. `mod` is Ctrl, or Cmd on a Mac, so one definition serves both. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

/** The parts of a keyboard event a shortcut looks at (a real KeyboardEvent has them all). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** True when the key press is exactly this shortcut: no modifier more, none less. */
export function matchesShortcut(press: KeyPress, shortcut: Shortcut, onMac: boolean): boolean {
  const mod = onMac ? press.metaKey : press.ctrlKey;
  const otherMod = onMac ? press.ctrlKey : press.metaKey;
  if (otherMod || mod !== (shortcut.mod ?? false) || press.altKey !== (shortcut.alt ?? false)) return false;
  // Printable symbols such as `?` already carry Shift in the key itself; only letters and named
  // keys say whether Shift must be held.
  const symbol = shortcut.key.length === 1 && !/[a-z0-9]/i.test(shortcut.key);
  if (!symbol && press.shiftKey !== (shortcut.shift ?? false)) return false;
  return press.key.toLowerCase() === shortcut.key.toLowerCase();
}

/** True for shortcuts without Ctrl/Cmd or Alt, which would steal letters from someone typing. */
export function isSingleKey(shortcut: Shortcut): boolean {
  return !shortcut.mod && !shortcut.alt;
}

const keyNames: Record<string, string> = {
  ArrowDown: '↓',
  ArrowUp: '↑',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
};

/** How a shortcut reads on screen, in the platform's words: `Ctrl+Shift+P` or `⌘⇧P`. */
export function formatShortcut(shortcut: Shortcut, onMac: boolean): string {
  const key = keyNames[shortcut.key] ?? (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key);
  if (onMac) {
    return `${shortcut.mod ? '⌘' : ''}${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${key}`;
  }
  return [shortcut.mod ? 'Ctrl' : '', shortcut.alt ? 'Alt' : '', shortcut.shift ? 'Shift' : '', key]
    .filter(Boolean)
    .join('+');
}

/** True when the element takes typed text, so a bare letter belongs to it and not to a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof target !== 'object' || !('tagName' in target)) return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return true;
  if (element.tagName !== 'INPUT') return false;
  const type = (element as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}
