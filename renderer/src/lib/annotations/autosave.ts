// Saves text as the user types: waits for a pause, writes one save at a time, and reports "saved"
// only when the latest text is the one the database committed. A failed save leaves the text with
// the caller (it is never cleared) and is retried by the next change or by `retry()`.

/** Where the typed text stands. */
export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** What the UI shows about the typed text. */
export interface AutosaveState {
  status: AutosaveStatus;
  /** Why the last save failed, while status is 'failed'. */
  error?: unknown;
}

/** How long typing must pause before a save starts. */
export const autosaveDelayMs = 400;

/** Debounced, serialised saving of one text. */
export class Autosave {
  #latest: string | undefined;
  #lastSaved: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: Promise<void> | undefined;
  #state: AutosaveState = { status: 'idle' };

  /** `save` must resolve only once the text is committed; `onChange` hears every state change. */
  constructor(
    private readonly save: (text: string) => Promise<void>,
    private readonly onChange: (state: AutosaveState) => void,
    private readonly delayMs = autosaveDelayMs,
  ) {}

  /** The current state. */
  get state(): AutosaveState {
    return this.#state;
  }

  /** The user typed: the text will be saved after a pause. */
  change(text: string): void {
    this.#latest = text;
    clearTimeout(this.#timer);
    if (text === this.#lastSaved && !this.#inFlight) {
      this.#set({ status: 'saved' });
      return;
    }
    this.#set({ status: 'pending' });
    this.#timer = setTimeout(() => void this.#run(), this.delayMs);
  }

  /** Saves any pending text now (leaving the talk, closing the editor); resolves when it is settled. */
  async flush(): Promise<void> {
    if (this.#timer !== undefined || this.#state.status === 'failed') {
      clearTimeout(this.#timer);
      await this.#run();
    }
    while (this.#inFlight) await this.#inFlight;
  }

  /** Tries the failed save again. */
  retry(): Promise<void> {
    return this.flush();
  }

  async #run(): Promise<void> {
    this.#timer = undefined;
    if (this.#inFlight) return; // the running save picks up the newer text when it ends
    const text = this.#latest;
    if (text === undefined || text === this.#lastSaved) return;
    this.#set({ status: 'saving' });
    let failed = false;
    this.#inFlight = this.save(text).then(
      () => {
        this.#lastSaved = text;
      },
      (error: unknown) => {
        failed = true;
        this.#set({ status: 'failed', error });
      },
    );
    await this.#inFlight;
    this.#inFlight = undefined;
    if (failed) return;
    if (this.#latest !== this.#lastSaved) {
      if (this.#timer === undefined) await this.#run();
    } else {
      this.#set({ status: 'saved' });
    }
  }

  #set(state: AutosaveState): void {
    this.#state = state;
    this.onChange(state);
  }
}
