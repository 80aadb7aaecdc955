// Search journeys: type into the real search box of the bundled recap and check the top result
// for partial words, typos, phrases, exclusions, filters and the user's own notes; then open a
// result from the keyboard and step through its matches in the talk.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { TalkAnnotations } from './pages/annotation-talk';
import { SearchBox } from './pages/search-box';

const autoscalingTalk = 'Autoscaling Kubernetes Deployments: A (Mostly) Practical Guide';
const recoveryTalk = 'Effective Disaster Recovery: The Day We Deleted Production';
const backstageTalk = 'Backstage: Restoring Order To Your Chaos';

test('partial words and typos find the talk meant, with the matched words marked', async ({ app }) => {
  const search = new SearchBox(app.page);
  await search.type('autosc');
  await search.expectTopResult(autoscalingTalk);
  await expect(search.options().first().locator('mark').first()).toHaveText('Autoscaling');
  await expect(search.options().first()).toContainText('Talk · KubeCon + CloudNativeCon Europe 2022 · Day 1');

  await search.type('karpentr');
  await search.expectTopResult('Karpenter');
  await expect(search.options().first()).toContainText('Booth');

  await search.type('backstge');
  await search.expectTopResult(backstageTalk);

  // Several words narrow: both must be there.
  await search.type('autoscaling cost');
  await search.expectTopResult('Karpenter');
  await expect(search.options()).toHaveCount(1);
});

test('an exact phrase, an exclusion and OR', async ({ app }) => {
  const search = new SearchBox(app.page);
  await search.type('"big red button"');
  await search.expectTopResult(recoveryTalk);
  await expect(search.options()).toHaveCount(1);

  await search.type('autoscaling');
  await search.expectTopResult(autoscalingTalk);
  await search.type('autoscaling -deployments');
  await search.expectTopResult('Karpenter');
  await expect(search.options().filter({ hasText: autoscalingTalk })).toHaveCount(0);

  await search.type('karpenter OR backstage');
  await expect(search.options()).toHaveCount(2);
});

test('filters narrow, show as chips that remove themselves, and bad input is a hint', async ({ app }) => {
  const search = new SearchBox(app.page);
  await search.type('kubernetes day:2');
  await search.expectTopResult('Day 2 Keynotes: CERN and the Large Hadron Collider');
  await expect(search.options()).toHaveCount(1);
  await expect(search.chips).toHaveText(['Day 2 ×']);

  await search.chips.first().click();
  await expect(search.input).toHaveValue('kubernetes');
  await expect(search.chips).toHaveCount(0);
  await expect.poll(() => search.options().count()).toBeGreaterThan(1);
  await search.expectTopResult('Kubernetes is Your Platform: Design Patterns For Extensible Controllers');

  await search.type('gitops kind:booth');
  await search.expectTopResult('Flux');
  await expect(search.options()).toHaveCount(2);

  await search.type('kind:webinar day:one "big red');
  await expect(search.hints).toHaveText([
    /kind: takes talk, keynote/,
    /day: takes a day number/,
    /The quote is not closed/,
  ]);
  await search.expectTopResult(recoveryTalk);
});

test('finds a note by words only the note has, after a reload and as soon as it is written', async ({ app, page }) => {
  // A note written before this start: put straight into IndexedDB, as an older session would have.
  await page.evaluate(async () => {
    const request = indexedDB.open('debrief');
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stamp = new Date().toISOString();
    const transaction = database.transaction('annotations', 'readwrite');
    transaction.objectStore('annotations').put({
      id: 'e2e-note',
      itemId: 'kubecon-eu-2022/backstage-restoring-order',
      kind: 'note',
      body: 'Ask the platform team about a zeppelin catalog',
      tags: [],
      createdAt: stamp,
      updatedAt: stamp,
    });
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    database.close();
  });
  await page.reload();
  await app.waitUntilLoaded();

  const search = new SearchBox(page);
  await search.type('zeppelin');
  await search.expectTopResult('Ask the platform team about a zeppelin catalog');
  await expect(search.options().first()).toContainText(`Your note on ${backstageTalk}`);
  await expect(search.options()).toHaveCount(1);

  // A note written now, in the talk: the index takes it in without a reload.
  await search.input.press('Enter');
  await expect(app.readingHeading()).toHaveText(backstageTalk);
  await app.openSection(/^Day 1\b/);
  await app.openItem(/Effective Disaster Recovery/);
  await new TalkAnnotations(page).writeNote('Borrow their quokka checklist for our runbooks');
  await search.type('quokka');
  await search.expectTopResult('Borrow their quokka checklist for our runbooks');
});

test('keyboard all the way: shortcut, arrows, Enter opens, matches in the talk, Esc clears', async ({ app, page }) => {
  const search = new SearchBox(page);
  await app.readingHeading().click();
  await page.keyboard.press('ControlOrMeta+k');
  await expect(search.input).toBeFocused();
  await page.keyboard.type('kubernetes');
  await search.expectTopResult('Kubernetes is Your Platform: Design Patterns For Extensible Controllers');
  await expect(search.input).toHaveAttribute('aria-expanded', 'true');

  // The first result is active; ArrowDown moves to the second, and Enter opens it.
  await expect(search.activeOption()).toHaveAccessibleName(/^Kubernetes is Your Platform/);
  await page.keyboard.press('ArrowDown');
  const second = search.options().nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(search.input).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id')) ?? '');
  const title = ((await second.locator('.search-option-title').textContent()) ?? '').trim();
  await page.keyboard.press('Enter');
  await expect(app.readingHeading()).toHaveText(title);

  // Every match is painted over the talk; the first one in the talk's text is current.
  await expect(search.matchNavigator).toContainText(/Match \d+ of \d+ for “kubernetes”/);
  const painted = await search.paintedMatches();
  expect(painted.length).toBeGreaterThan(1);
  expect(new Set(painted.map((text) => text.toLowerCase()))).toEqual(new Set(['kubernetes']));
  const status = search.matchNavigator.getByRole('status');
  const first = await status.textContent();
  // Focus moved to "Next match"; Enter steps on, Shift+F3 steps back.
  await expect(search.matchNavigator.getByRole('button', { name: 'Next match' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).not.toHaveText(first ?? '');
  await page.keyboard.press('Shift+F3');
  await expect(status).toHaveText(first ?? '');
  expect(await search.paintedMatches('debrief-search-current')).toHaveLength(1);

  // `/` focuses the box again; Esc clears it; the query is now a recent search.
  await page.keyboard.press('/');
  await expect(search.input).toBeFocused();
  await expect(search.input).toHaveValue('kubernetes');
  await page.keyboard.press('Escape');
  await expect(search.input).toHaveValue('');
  await expect(search.recent.getByRole('option')).toHaveText(['kubernetes']);

  // Leaving the talk clears its highlights.
  await app.openSection(/^Day 2\b/);
  await expect(search.matchNavigator).toHaveCount(0);
  expect(await search.paintedMatches()).toEqual([]);
});

test('the quick switcher jumps to a talk by its title', async ({ app, page }) => {
  const search = new SearchBox(page);
  await page.keyboard.press('ControlOrMeta+p');
  await expect(search.switcher).toBeVisible();
  const box = search.switcher.getByRole('combobox', { name: 'Go to talk' });
  await expect(box).toBeFocused();
  await box.pressSequentially('multi clod');
  await expect(search.switcher.getByRole('option').first()).toHaveAccessibleName(
    /^Kubernetes Everywhere: Lessons Learned From Going Multi-Cloud/,
  );
  await page.keyboard.press('Enter');
  await expect(search.switcher).toBeHidden();
  await expect(app.readingHeading()).toHaveText('Kubernetes Everywhere: Lessons Learned From Going Multi-Cloud');
});

test('the search box, its results, the match bar and the quick switcher pass an accessibility check', async ({
  app,
}) => {
  const page = app.page;
  const search = new SearchBox(page);
  const violations = async (selector: string) =>
    (await new AxeBuilder({ page }).include(selector).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`,
    );

  await search.type('kubernetes day:1 kind:webinar');
  await search.expectTopResult('Kubernetes is Your Platform: Design Patterns For Extensible Controllers');
  await expect(search.hints).toHaveCount(1);
  expect(await violations('.search-bar')).toEqual([]);

  await search.input.press('Enter');
  await expect(search.matchNavigator).toBeVisible();
  expect(await violations('.match-navigator')).toEqual([]);

  await page.keyboard.press('ControlOrMeta+p');
  await expect(search.switcher.getByRole('option').first()).toBeVisible();
  expect(await violations('.quick-switcher')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(search.switcher).toBeHidden();
});
