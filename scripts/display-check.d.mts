// Types of scripts/display-check.mjs, shared by the start scripts and their tests.

/** The sentence both start scripts print when there is no display. */
export const noDisplayMessage: string;

/** Why Debrief cannot open a window, or undefined when it can. */
export function missingDisplay(options: {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  headless: boolean;
}): string | undefined;

/** Whether an error from starting Chromium means its display could not be reached. */
export function isDisplayFailure(error: unknown): boolean;
