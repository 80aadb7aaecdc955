// Keeps the best k of a stream of candidates without sorting them all: the index counts every
// match but only shows the best 50, and sorting thousands of matches per keystroke is the cost
// `MiniSearch#search()` pays and this avoids.

/** The best `capacity` candidates offered so far, best first; ties keep the order they came in. */
export class TopResults<T> {
  readonly #items: T[] = [];

  /** `before(a, b)` is true when a ranks strictly above b. */
  constructor(
    readonly capacity: number,
    private readonly before: (a: T, b: T) => boolean,
  ) {}

  /** Whether a candidate would make it in; lets callers skip building one that would not. */
  wouldKeep(candidate: T): boolean {
    const last = this.#items[this.#items.length - 1];
    return this.#items.length < this.capacity || (last !== undefined && this.before(candidate, last));
  }

  /** Offers a candidate. */
  offer(candidate: T): void {
    if (this.capacity <= 0 || !this.wouldKeep(candidate)) return;
    // After every item it does not rank above, so equal candidates keep their arrival order.
    let low = 0;
    let high = this.#items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.before(candidate, this.#items[middle] as T)) high = middle;
      else low = middle + 1;
    }
    this.#items.splice(low, 0, candidate);
    if (this.#items.length > this.capacity) this.#items.pop();
  }

  /** The kept candidates, best first. */
  get items(): readonly T[] {
    return this.#items;
  }
}
