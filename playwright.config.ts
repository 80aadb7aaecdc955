// End-to-end journeys: the built renderer in real Chromium, main-process handlers in this process.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['./tests/e2e/skip-reasons-reporter.ts']],
  outputDir: 'test-results',
  use: { trace: 'off', screenshot: 'only-on-failure' },
});
