// Storage safety in the browser (issue 14): a week without a backup, Today reminds the user, and
// "Back up now" there downloads a backup and the reminder goes; Settings says when the last
// backup was made. The browser's clock is moved on a week instead of waiting one.
import { expect, test } from './fixtures/web-test';
import { AppPage } from './pages/app-page';
import { TodayPage } from './pages/today-page';

const DAY = 86_400_000;

test('a week without a backup, Today reminds, and Back up now there backs up', async ({ page }) => {
  const start = Date.now();
  await page.clock.install({ time: start });
  const app = new AppPage(page);
  await app.open();
  const today = new TodayPage(page);
  await today.open();
  const reminder = page.getByRole('region', { name: 'Time for a backup' });
  await expect(reminder).toHaveCount(0);

  await page.clock.setSystemTime(start + 8 * DAY);
  await app.goTo('Settings');
  await expect(page.getByText('None from this device yet')).toBeVisible();
  await today.open();
  await expect(reminder).toContainText(/You have not backed up in [78] days\./);

  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: 'Back up now' }).click();
  expect((await download).suggestedFilename()).toMatch(/^hallway-backup-.*\.json$/);
  await expect(reminder).toHaveCount(0);
  await app.goTo('Settings');
  await expect(page.getByText('None from this device yet')).toHaveCount(0);
});
