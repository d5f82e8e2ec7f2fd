// Settings → Sync in Japanese: with the browser in Japanese, the section's heading and the header's
// status are there in Japanese (sync off, no server needed).
import { expect, test } from './support/sync-test';

test('the Sync section renders in Japanese', async ({ openDevice }) => {
  const device = await openDevice('ノートPC', { locale: 'ja-JP' });
  await device.app.navLink('設定').click();
  await expect(device.page.getByRole('heading', { name: '同期', exact: true })).toBeVisible();
  await expect(device.page.getByRole('button', { name: 'Pair this device' })).toHaveCount(0);
  await expect(device.sync.status).toHaveAttribute('data-sync-state', 'off');
});
