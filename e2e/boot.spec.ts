import { countLivePeople, seedThroughHook } from './fixtures/hallway-hook';
import { expect, test } from './fixtures/web-test';
import { PeoplePage } from './pages/people-page';

test('the app opens to a ready state with its navigation', async ({ app }) => {
  await expect(app.root).toHaveAttribute('data-app-state', 'ready');
  await expect(app.navLink('People')).toBeVisible();
});

test('the test hook is exposed only when the app is opened for tests', async ({ app, page }) => {
  expect(await page.evaluate(() => '__hallway' in window)).toBe(true);

  await page.goto('/');
  await app.waitUntilReady();

  expect(await page.evaluate(() => '__hallway' in window)).toBe(false);
});

test('people stored before a restart are there after it', async ({ app }) => {
  const seeded = await seedThroughHook(app.page, { seed: 7, people: 300 });

  await app.reload();

  expect(await countLivePeople(app.page)).toBe(seeded.people);
});

test('data of an older derived format is rebuilt at start behind a progress bar, then the app shows it right', async ({
  app,
  page,
}) => {
  await seedThroughHook(page, { seed: 7, people: 300 });
  // The person the list shows first, stored with a stale sort key (as an older format left it),
  // and the derived data marked as of format 0.
  const first = await page.evaluate(async () => {
    const { db } = window.__hallway!;
    const person = await db.people
      .where('[deletedAt+sortName]')
      .between([0, ''], [0, '\uffff'])
      .first();
    await db.people.update(person!.id, { sortName: '\uffff stale' });
    await db.localState.put({ key: 'derived', value: { format: 0, stale: false } });
    return { id: person!.id, name: person!.displayName, sortName: person!.sortName };
  });
  // Every state of the start-up progress bar, recorded as the page changes it.
  await page.addInitScript(() => {
    const seen: { message?: string | null; now: string | null; max: string | null }[] = [];
    Object.assign(window, { bootProgressSeen: seen });
    new MutationObserver(() => {
      const bar = document.querySelector('#root [role="progressbar"]');
      if (!bar) return;
      seen.push({
        message: document.getElementById(bar.getAttribute('aria-labelledby') ?? '')?.textContent,
        now: bar.getAttribute('aria-valuenow'),
        max: bar.getAttribute('aria-valuemax'),
      });
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });

  await app.reload();

  const seen = await page.evaluate(
    () => (window as unknown as { bootProgressSeen: Record<string, string>[] }).bootProgressSeen,
  );
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.every(({ message }) => message === 'Updating your data…')).toBe(true);
  const last = seen.at(-1)!;
  expect(Number(last.max)).toBeGreaterThan(300);
  expect(last.now).toBe(last.max);
  await expect(new PeoplePage(page).rows.first()).toContainText(first.name);
  expect(await page.evaluate((id) => window.__hallway!.db.people.get(id), first.id)).toMatchObject({
    sortName: first.sortName,
  });
});
