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
