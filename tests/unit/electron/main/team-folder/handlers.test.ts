// The team folder through createHandlers, as the app, the Chromium shell and the journeys use it.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type MainServices } from '../../../../../electron/main/handlers';
import { makePlace } from './team';

function services(extra: Partial<MainServices> = {}): MainServices {
  return {
    chooseSavePath: async () => undefined,
    chooseExportFolder: async () => undefined,
    renderPdf: async () => new Uint8Array(),
    openInBrowser: async () => undefined,
    ...extra,
  };
}

describe('the team folder handlers', () => {
  it('ask for the folder through the dialog, or refuse where there is none (the Chromium shell)', async () => {
    const place = await makePlace();
    const settings = {
      contentDir: join(place.root, 'content'),
      userDataDir: place.userData,
      appInfo: { name: 'Debrief', version: 'test', shell: 'chromium' as const },
    };
    const shell = createHandlers(settings, services());
    await expect(shell.chooseTeamFolder()).rejects.toThrow(/this window has no open dialog/);
    const chooseTeamFolder = vi.fn<NonNullable<MainServices['chooseTeamFolder']>>(async () => place.team);
    const app = createHandlers(settings, services({ chooseTeamFolder }));
    expect(await app.chooseTeamFolder()).toBe(place.team);
    chooseTeamFolder.mockResolvedValueOnce(undefined);
    expect(await app.chooseTeamFolder()).toBeNull();
    await Promise.all([shell.close(), app.close()]);
  });

  it('join, read, write and leave, and close stops the watcher and answers a waiting read', async () => {
    const place = await makePlace();
    const handlers = createHandlers(
      {
        contentDir: join(place.root, 'content'),
        userDataDir: place.userData,
        appInfo: { name: 'Debrief', version: 'test', shell: 'chromium' },
      },
      services(),
    );
    const status = await handlers.joinTeamFolder({ folder: place.team, name: 'Alice' });
    expect(await handlers.getTeamFolder()).toEqual(status);
    await handlers.writeTeamSegment({ segment: 1, text: '{}\n' });
    const first = await handlers.readTeamFolder({ since: 0, waitMs: 0 });
    const waiting = handlers.readTeamFolder({ since: first.version, waitMs: 30_000 });
    const started = Date.now();
    await handlers.close();
    await waiting;
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await handlers.leaveTeamFolder()).toEqual({ joined: false, device: status.device });
  });
});
