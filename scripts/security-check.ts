// `npm run security:check` (part of `npm test`): Doyensec's Electronegativity, a static checker of
// Electron configuration, over electron/, plus the Content-Security-Policy it cannot see. Any medium
// or high finding fails. A finding the checker makes only because it cannot see through a function
// call is silenced at its source with `// eng-disable CHECK_ID`, under a comment that says why; this
// script fails if such a line has no comment above it. Electronegativity is no longer maintained, so
// it is a second opinion: the unit and end-to-end security tests are the proof.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { contentSecurityPolicy } from '../electron/common/app-origin';

const root = resolve(import.meta.dirname, '..');
const scanned = join(root, 'electron');
const require = createRequire(import.meta.url);

/** Checks that are not run, each with the reason. Names are Electronegativity's check classes. */
const skippedChecks: Record<string, string> = {
  AvailableSecurityFixesGlobalCheck:
    "downloads Electron's release list (needs the network); a plain `npm audit` reports advisories against Electron",
  CSPGlobalCheck:
    'looks for a CSP in HTML <meta> or onHeadersReceived; ours is a header set by app-protocol.ts from a constant, ' +
    'so this script evaluates that constant with the same evaluator below',
};

interface Level {
  value: number;
  name: string;
}
interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: Level;
  confidence: Level;
}
interface ScanResult {
  issues: Finding[];
  errors: { file: string; message: string; tolerable: boolean }[];
}
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<ScanResult>;

interface CspFinding {
  severity: number;
  directive: string;
  description: string;
}
interface CspEvaluatorModule {
  CspParser: new (policy: string) => { csp: unknown };
  CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): CspFinding[] };
  Version: { CSP3: unknown };
  severities: Record<'HIGH' | 'SYNTAX' | 'MEDIUM' | 'HIGH_MAYBE' | 'MEDIUM_MAYBE', number>;
}

const mediumSeverity = 2;

async function scanElectron(): Promise<ScanResult> {
  const run = require('@doyensec/electronegativity') as Runner;
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  // The checker tries to fetch translations first and logs a line when offline; that line is noise here.
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
  };
  try {
    return await run(
      {
        input: scanned,
        isRelative: true,
        customScan: [],
        excludeFromScan: Object.keys(skippedChecks).map((name) => name.toLowerCase()),
        electronVersionOverride: electronVersion,
      },
      false,
    );
  } finally {
    console.log = log;
  }
}

/** Findings of the CSP evaluator Electronegativity uses, on the policy the app protocol actually sends. */
function evaluatePolicy(): { failing: string[]; advisory: string[] } {
  const electronegativity = createRequire(require.resolve('@doyensec/electronegativity'));
  const csp = electronegativity('@doyensec/csp-evaluator') as CspEvaluatorModule;
  const findings = new csp.CspEvaluator(new csp.CspParser(contentSecurityPolicy).csp, csp.Version.CSP3).evaluate();
  const failingLevels = [csp.severities.HIGH, csp.severities.SYNTAX, csp.severities.MEDIUM];
  const describe = (finding: CspFinding) => `CSP ${finding.directive}: ${finding.description}`;
  return {
    failing: findings.filter((finding) => failingLevels.includes(finding.severity)).map(describe),
    advisory: findings.filter((finding) => !failingLevels.includes(finding.severity)).map(describe),
  };
}

/** Lines that silence a check without a comment line above them saying why. */
function unexplainedSilences(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(ts|js|mjs|cjs|html)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (!/eng-disable/.test(line)) return;
      const above = lines[index - 1]?.trim() ?? '';
      if (!above.startsWith('//') || /eng-disable/.test(above)) found.push(`${relative(root, path)}:${index + 1}`);
    });
  }
  return found;
}

const started = Date.now();
const result = await scanElectron();
const policy = evaluatePolicy();
const unexplained = unexplainedSilences(scanned);

const failing = result.issues.filter((issue) => issue.severity.value >= mediumSeverity);
for (const issue of result.issues) {
  console.log(
    `${issue.severity.name} (${issue.confidence.name}) ${issue.id} electron/${issue.file}:${issue.location.line} ${issue.description}`,
  );
}
for (const line of policy.advisory) console.log(`LOW (advisory) ${line}`);
for (const line of policy.failing) console.log(`FAIL ${line}`);
for (const error of result.errors)
  console.log(`${error.tolerable ? 'WARN' : 'FAIL'} could not parse ${error.file}: ${error.message}`);
for (const where of unexplained) console.log(`FAIL ${where} silences a check without a comment above saying why`);
for (const [check, why] of Object.entries(skippedChecks)) console.log(`skipped ${check}: ${why}`);

const parseFailures = result.errors.filter((error) => !error.tolerable);
const problems = failing.length + policy.failing.length + parseFailures.length + unexplained.length;
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (problems > 0) {
  console.error(`security:check failed: ${problems} problem(s) above (${seconds} s).`);
  process.exit(1);
}
console.log(`security:check passed: no medium or high finding in electron/ (${seconds} s).`);
