// `npm run web` serves the app through Vite's dev server, which injects styles and scripts that
// builds ship as files. The page's CSP must let them in there (and only there): a newcomer's
// first look at Hallway is this page. Other specs run the built app.
import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';

test('the dev server shows a styled app with no CSP violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  const app = new AppPage(page);
  await app.open();
  await expect(app.heading()).toBeVisible();

  const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(bodyFont).not.toMatch(/^"?Times/);
  const navListStyle = await app.navigation
    .locator('li')
    .first()
    .evaluate((item) => getComputedStyle(item).listStyleType);
  expect(navListStyle).toBe('none');
  expect(violations).toEqual([]);
});
