import { countLivePeople } from './fixtures/hallway-hook';
import { expect, test } from './fixtures/web-test';

test('a new user loads sample data and finds it again after a reload', async ({
  app,
  settings,
}) => {
  expect(await countLivePeople(app.page)).toBe(0);
  await app.goTo('Settings');

  const announced = await settings.loadSampleData();

  expect(announced).toBeGreaterThan(0);
  expect(await countLivePeople(app.page)).toBe(announced);
  await app.reload();
  expect(await countLivePeople(app.page)).toBe(announced);
});
