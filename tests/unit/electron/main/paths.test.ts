import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDirOf, rendererDirOf } from '../../../../electron/main/paths';

describe('app paths', () => {
  it('finds content in resources when packaged', () => {
    const location = {
      isPackaged: true,
      resourcesPath: '/opt/Debrief/resources',
      appPath: '/opt/Debrief/resources/app.asar',
    };
    expect(contentDirOf(location)).toBe(join('/opt/Debrief/resources', 'content'));
    expect(rendererDirOf(location)).toBe(join('/opt/Debrief/resources/app.asar', 'out', 'renderer'));
  });

  it('finds content in the repository when run from source', () => {
    const location = { isPackaged: false, resourcesPath: '/x/node_modules/electron/dist/resources', appPath: '/repo' };
    expect(contentDirOf(location)).toBe(join('/repo', 'content'));
  });
});
