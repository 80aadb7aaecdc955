// Whether Debrief can open a window here. Over SSH, or in a container without X or Wayland, a
// window cannot open, and Chromium or Electron would end in a long stack trace; `npm start` and
// `npm run start:chromium` say it in one sentence instead, with the way out.

/** The sentence both start scripts print when there is no display. */
export const noDisplayMessage =
  'There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so Debrief cannot open its window: run it in a desktop session, or add --headless (`npm run start:chromium -- --headless`).';

/**
 * Why Debrief cannot open a window, or undefined when it can. Only Linux (and the BSDs) need a
 * display server named in the environment; macOS and Windows always have their own.
 */
export function missingDisplay({ platform, env, headless }) {
  if (headless || platform === 'darwin' || platform === 'win32') return undefined;
  if (env.DISPLAY?.trim() || env.WAYLAND_DISPLAY?.trim()) return undefined;
  return noDisplayMessage;
}

/** Whether an error from starting Chromium means its display could not be reached (a stale DISPLAY). */
export function isDisplayFailure(error) {
  const message = error instanceof Error ? error.message : String(error);
  return /Missing X server|cannot open display|\$DISPLAY|Failed to connect to Wayland|ozone_platform/i.test(message);
}
