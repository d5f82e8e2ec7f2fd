import { countLivePeople } from './fixtures/hallway-hook';
import { expect, test } from './fixtures/web-test';

test('a new user loads sample data and finds it again after a reload', async ({
  app,
  settings,
}) => {
  expect(await countLivePeople(app.page)).toBe(0);
  await app.goTo('Settings');

  await settings.loadSampleData.click();

  await expect.poll(() => countLivePeople(app.page)).toBeGreaterThan(0);
  const loaded = await countLivePeople(app.page);
  await app.reload();
  expect(await countLivePeople(app.page)).toBe(loaded);
});
