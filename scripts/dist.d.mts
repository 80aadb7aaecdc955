// Types of scripts/dist.mjs, for the unit tests that drive it with a fake spawn and fetch.
import type { spawn } from 'node:child_process';

/** Something electron-builder will download: what it is, in words, and a URL to try first. */
export interface PlannedDownload {
  what: string;
  url: string;
}

/** Where the build's output goes. */
export interface DistOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Everything dist() does to the world; each defaults to the real thing. */
export interface DistDependencies {
  spawn?: typeof spawn;
  fetchImpl?: typeof fetch;
  env?: Record<string, string | undefined>;
  platform?: string;
  arch?: string;
  electronVersion?: string;
  args?: string[];
  out?: DistOutput;
}

export const reachTimeoutMs: number;
export function plannedDownloads(options: {
  platform: string;
  arch: string;
  electronVersion: string;
  env: Record<string, string | undefined>;
}): PlannedDownload[];
export function unreachableReason(
  url: string,
  fetchImpl?: typeof fetch,
  timeoutMs?: number,
): Promise<string | undefined>;
export function downloadFailureIn(output: string): string | undefined;
export function cannotDownloadSentence(download: PlannedDownload, reason: string): string;
export function dist(dependencies?: DistDependencies): Promise<number>;
