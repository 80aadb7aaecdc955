// The one way live Dexie queries reach components: a rune-backed value that re-runs when the
// database changes or when the reactive inputs it reads change.
import { liveQuery } from 'dexie';

/** A query result that stays current. Create it during component initialisation. */
export class LiveQuery<Input, Result> {
  current = $state<Result | undefined>(undefined);
  error = $state<unknown>(undefined);

  /** `input` is read reactively (it may read $state); `query` runs against the database. */
  constructor(input: () => Input, query: (input: Input) => Promise<Result>) {
    $effect(() => {
      const value = input();
      const subscription = liveQuery(() => query(value)).subscribe({
        next: (result) => {
          this.current = result;
          this.error = undefined;
        },
        error: (error: unknown) => {
          this.error = error;
        },
      });
      return () => subscription.unsubscribe();
    });
  }
}
