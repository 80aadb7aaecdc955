// Autosave: "saved" means the latest text was committed; a failure keeps the text and is retried.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type AutosaveStatus } from '../../../../renderer/src/lib/annotations/autosave';

/** A save whose completion the test controls. */
function controlledSave() {
  const calls: { text: string; resolve: () => void; reject: (error: unknown) => void }[] = [];
  const save = (text: string) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ text, resolve, reject });
    });
  return { calls, save };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Autosave', () => {
  it('waits for a pause in typing, then saves the latest text once', async () => {
    const { calls, save } = controlledSave();
    const statuses: AutosaveStatus[] = [];
    const autosave = new Autosave(save, (state) => statuses.push(state.status), 400);
    autosave.change('t');
    autosave.change('tr');
    autosave.change('try this on staging');
    await vi.advanceTimersByTimeAsync(399);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((call) => call.text)).toEqual(['try this on staging']);
    expect(autosave.state.status).toBe('saving');
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.state.status).toBe('saved');
    expect(statuses.at(-1)).toBe('saved');
  });

  it('does not say saved while newer text is still unsaved, and saves one at a time', async () => {
    const { calls, save } = controlledSave();
    const autosave = new Autosave(save, () => {}, 100);
    autosave.change('first');
    await vi.advanceTimersByTimeAsync(100);
    autosave.change('first and second');
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(1); // the second waits for the first to commit
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.state.status).toBe('saving');
    expect(calls.map((call) => call.text)).toEqual(['first', 'first and second']);
    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.state.status).toBe('saved');
  });

  it('reports a failure with its error and retries on the next change', async () => {
    const { calls, save } = controlledSave();
    const autosave = new Autosave(save, () => {}, 100);
    autosave.change('important');
    await vi.advanceTimersByTimeAsync(100);
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    calls[0]!.reject(quota);
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.state).toEqual({ status: 'failed', error: quota });
    autosave.change('important!');
    await vi.advanceTimersByTimeAsync(100);
    expect(calls.at(-1)?.text).toBe('important!');
    calls.at(-1)!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.state.status).toBe('saved');
  });

  it('retries a failed save on demand', async () => {
    const { calls, save } = controlledSave();
    const autosave = new Autosave(save, () => {}, 100);
    autosave.change('keep me');
    await vi.advanceTimersByTimeAsync(100);
    calls[0]!.reject(new Error('disk'));
    await vi.advanceTimersByTimeAsync(0);
    const retried = autosave.retry();
    expect(calls.map((call) => call.text)).toEqual(['keep me', 'keep me']);
    calls[1]!.resolve();
    await retried;
    expect(autosave.state.status).toBe('saved');
  });

  it('flushes pending text at once when asked (leaving the talk)', async () => {
    const { calls, save } = controlledSave();
    const autosave = new Autosave(save, () => {}, 10_000);
    autosave.change('typed just before leaving');
    const flushed = autosave.flush();
    expect(calls.map((call) => call.text)).toEqual(['typed just before leaving']);
    calls[0]!.resolve();
    await flushed;
    expect(autosave.state.status).toBe('saved');
  });

  it('does not write again when the text is back to what was saved', async () => {
    const { calls, save } = controlledSave();
    const autosave = new Autosave(save, () => {}, 100);
    autosave.change('same');
    await vi.advanceTimersByTimeAsync(100);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    autosave.change('same');
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(1);
    expect(autosave.state.status).toBe('saved');
  });
});
