import { expect, test } from './fixtures/web-test';

test('switching to Japanese translates the app and survives a reload', async ({
  app,
  settings,
}) => {
  await app.goTo('Settings');

  await settings.chooseLanguage('日本語');

  await expect(app.navLink('設定')).toBeVisible();
  await expect(app.navLink('Settings')).toHaveCount(0);
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'ja');

  await app.reload();

  await expect(app.navLink('設定')).toBeVisible();
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'ja');
});

test('switching back to English restores the English UI', async ({ app, settings }) => {
  await app.goTo('Settings');
  await settings.chooseLanguage('日本語');
  await expect(app.navLink('設定')).toBeVisible();

  await settings.chooseLanguage('English');

  await expect(app.navLink('Settings')).toBeVisible();
  await app.reload();
  await expect(app.navLink('Settings')).toBeVisible();
});

test.describe('in a browser set to Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('the app starts in Japanese', async ({ app }) => {
    await expect(app.navLink('設定')).toBeVisible();
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'ja');
  });
});
