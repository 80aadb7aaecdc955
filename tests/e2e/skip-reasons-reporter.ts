// Prints why each skipped journey was skipped (the list reporter only counts them), so a skipped
// Electron launch test says plainly that the binary is missing rather than passing in silence.
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SkipReasonsReporter implements Reporter {
  private readonly lines: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = test.annotations.find((annotation) => annotation.type === 'skip')?.description;
    this.lines.push(`  skipped: ${test.title} — ${reason ?? 'no reason given'}`);
  }

  onEnd(): void {
    if (this.lines.length > 0) console.log(`\nSkipped journeys:\n${this.lines.join('\n')}`);
  }
}
