// Two tabs on one database: when another tab opens a newer version of the database (a newer
// Hallway), a tab left on the older one stops using the data and asks for a reload instead of
// failing with a VersionError.
import { expect, test } from './fixtures/web-test';
import { AppPage } from './pages/app-page';

test('a tab on the older version asks to reload once another tab upgrades the database', async ({
  app,
  context,
}) => {
  const other = new AppPage(await context.newPage());
  await other.open();
  // What a newer Hallway does on opening: the database one version up.
  await other.page.evaluate(async () => {
    const current = await new Promise<number>((resolve) => {
      const request = indexedDB.open('hallway');
      request.onsuccess = () => {
        request.result.close();
        resolve(request.result.version);
      };
    });
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('hallway', current + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
  });
  const notice = app.page.getByRole('alert');
  await expect(notice).toContainText('Hallway was updated in another window');
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeFocused();
  await expect(app.navigation).toBeHidden();
});
