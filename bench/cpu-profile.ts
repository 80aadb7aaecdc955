// Where a page's main thread spent its time, from a DevTools CPU profile (Profiler.start/stop): the
// stretches it was busy without a break (a long task, or several back to back), and for each the
// functions that ran longest, by their own time and with what they called.

/** The DevTools protocol's Profiler.Profile, as far as it is read here. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  /** Microseconds. */
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A stretch of main-thread work and what filled it. */
export interface BusySpan {
  /** From the profile's start, ms. */
  atMs: number;
  ms: number;
  /** "name file:line:column ms", longest first. */
  self: string[];
  /** The same, counting what each function called. */
  total: string[];
}

/** The busy stretches of at least `minMs`, each with its `top` functions by self and total time. */
export function busySpans(profile: CpuProfile, minMs: number, top = 12): BusySpan[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (id: number) => {
    const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
    const file = url.split('/').pop() ?? '';
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
  };
  const idle = (id: number) => byId.get(id)?.callFrame.functionName === '(idle)';

  const spans: BusySpan[] = [];
  let time = profile.startTime;
  let span: { start: number; end: number; samples: [number, number][] } | undefined;
  const close = () => {
    if (!span) return;
    const ms = (span.end - span.start) / 1000;
    if (ms >= minMs) {
      const self = new Map<string, number>();
      const total = new Map<string, number>();
      for (const [id, us] of span.samples) {
        self.set(label(id), (self.get(label(id)) ?? 0) + us);
        const seen = new Set<string>();
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
          const name = label(at);
          if (seen.has(name) || name === '(root)') continue;
          seen.add(name);
          total.set(name, (total.get(name) ?? 0) + us);
        }
      }
      const list = (map: Map<string, number>) =>
        [...map]
          .sort((a, b) => b[1] - a[1])
          .slice(0, top)
          .map(([name, us]) => `${name} ${(us / 1000).toFixed(1)} ms`);
      spans.push({
        atMs: Math.round((span.start - profile.startTime) / 1000),
        ms: Math.round(ms),
        self: list(self),
        total: list(total),
      });
    }
    span = undefined;
  };
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    time += delta;
    // A sample stands for the time up to the next one.
    const next = profile.timeDeltas[index + 1] ?? 0;
    if (idle(id)) return close();
    span ??= { start: time, end: time, samples: [] };
    span.end = time + next;
    span.samples.push([id, next]);
  });
  close();
  return spans;
}
