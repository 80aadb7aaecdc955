// Every command the user can run from the keyboard, the palette or the help sheet, in one list.
import { isSingleKey, isTypingTarget, matchesShortcut, type KeyPress, type Shortcut } from './shortcuts';

/** Something the user can do, with the keys that do it. */
export interface Command {
  /** Stable name, for tests and menus: `talk.next`. */
  id: string;
  /** What the palette and the help sheet call it, in the user's words. */
  title: string;
  /** The first one is shown in the palette; the help sheet lists them all. */
  shortcuts: Shortcut[];
  run: () => void | Promise<void>;
}

/** The commands whose title contains every word of the query, in registry order. */
export function filterCommands(commands: readonly Command[], query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return commands.filter((command) => {
    const title = command.title.toLowerCase();
    return words.every((word) => title.includes(word));
  });
}

/** The command a key press runs, if any; single-key shortcuts stay quiet while the user types. */
export function commandForKey(
  commands: readonly Command[],
  press: KeyPress,
  target: EventTarget | null,
  onMac: boolean,
): Command | undefined {
  const typing = isTypingTarget(target);
  return commands.find((command) =>
    command.shortcuts.some((shortcut) => !(typing && isSingleKey(shortcut)) && matchesShortcut(press, shortcut, onMac)),
  );
}

/** Fails loudly when two commands claim one id or one key, which would make a shortcut run the wrong thing. */
export function checkCommands(commands: readonly Command[]): void {
  const ids = new Set<string>();
  const keys = new Map<string, string>();
  for (const command of commands) {
    if (ids.has(command.id)) throw new Error(`Two commands share the id "${command.id}".`);
    ids.add(command.id);
    for (const shortcut of command.shortcuts) {
      const key = JSON.stringify([shortcut.key.toLowerCase(), !!shortcut.mod, !!shortcut.shift, !!shortcut.alt]);
      const owner = keys.get(key);
      if (owner) throw new Error(`Commands "${owner}" and "${command.id}" share the shortcut ${key}.`);
      keys.set(key, command.id);
    }
  }
}
