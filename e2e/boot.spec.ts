import { countLivePeople, seedThroughHook } from './fixtures/hallway-hook';
import { expect, test } from './fixtures/web-test';

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
