// `npm run screenshots`: every view in both themes, into screenshots/ (git-ignored).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.shots.ts',
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/screenshots',
});
