// The release workflow does what issue 10 asks of it: from a v* tag, on each platform's own
// runner, npm ci and npm run dist, then every installer attached to that tag's release.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  strategy?: { matrix: { os: string[] } };
  permissions?: Record<string, string>;
  steps: Step[];
}

const workflow = parse(
  readFileSync(resolve(import.meta.dirname, '..', '..', '..', '.github', 'workflows', 'release.yml'), 'utf8'),
) as { on: { push: { tags: string[] } }; permissions: Record<string, string>; jobs: Record<string, Job> };

describe('.github/workflows/release.yml', () => {
  it('runs on version tags only, with read-only rights by default', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v*'] } });
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('builds the installers on Linux, macOS and Windows runners with npm ci and npm run dist', () => {
    const build = workflow.jobs.installers!;
    expect(build.strategy?.matrix.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
    expect(build['runs-on']).toBe('${{ matrix.os }}');
    const runs = build.steps.map((step) => step.run).filter(Boolean);
    expect(runs).toEqual(['npm ci', 'npm run dist']);
    const upload = build.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(String(upload?.with?.path)).toMatch(/\.AppImage[\s\S]*\.deb[\s\S]*\.dmg[\s\S]*\.exe[\s\S]*\.zip/);
  });

  it('attaches every installer to the release of the tag, the only job allowed to write', () => {
    const release = workflow.jobs.release!;
    expect(release.needs).toEqual(['audit', 'installers']);
    expect(workflow.jobs.audit!.steps.map((step) => step.run).filter(Boolean)).toEqual([
      'npm audit --omit=dev --audit-level=high',
    ]);
    expect(release.permissions).toEqual({ contents: 'write' });
    const script = release.steps.map((step) => step.run ?? '').join('\n');
    expect(script).toContain('gh release create "$TAG"');
    expect(script).toContain('gh release upload "$TAG" installers/*');
  });
});
