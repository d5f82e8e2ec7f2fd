// Find duplicates: after imports, the likely pairs across the whole database with the reason,
// merged through the merge dialog, or kept apart ("Not the same person"), which is remembered.
import { seedPeople, storedPerson } from './fixtures/seed-people';
import { expect, test } from './fixtures/web-test';
import { DuplicatesPage } from './pages/duplicates-page';
import { MergeDialog } from './pages/merge-dialog';

test.beforeEach(async ({ app }) => {
  await seedPeople(app.page, [
    {
      id: 'aiko-1',
      displayName: 'Aiko Tanaka',
      company: 'Mercari',
      emails: ['aiko@example.com'],
      createdAt: 1,
    },
    { id: 'aiko-2', displayName: 'A. Tanaka', emails: ['AIKO@example.com'], createdAt: 2 },
    { id: 'ben-1', displayName: 'Ben Ito', company: 'Acme' },
    { id: 'ben-2', displayName: 'Ben Ito', company: 'ACME' },
    { id: 'cleo', displayName: 'Cleo Park', company: 'Acme' },
  ]);
});

test('found from the palette, a pair is merged and leaves the list', async ({ app }) => {
  const duplicates = new DuplicatesPage(app.page);
  const merge = new MergeDialog(app.page);
  await duplicates.openFromPalette();

  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Find duplicates');
  await expect(duplicates.summary).toHaveText('2 likely duplicate pairs');
  await expect(duplicates.pair('Aiko Tanaka', 'A. Tanaka')).toContainText('Same e-mail');
  await expect(duplicates.pair('Ben Ito', 'Ben Ito')).toContainText('Same name and company');

  await app.page.getByRole('button', { name: 'Merge Aiko Tanaka and A. Tanaka' }).click();
  await expect(merge.dialog).toBeVisible();
  await merge.mergeButton.click();

  await expect(merge.dialog).toBeHidden();
  await expect(duplicates.pairs).toHaveCount(1);
  expect((await storedPerson(app.page, 'aiko-2'))?.deletedAt).toBeGreaterThan(0);
  expect((await storedPerson(app.page, 'aiko-1'))?.deletedAt).toBe(0);
});

test('"Not the same person" by keyboard hides the pair for good, and Undo brings it back', async ({
  app,
}) => {
  const duplicates = new DuplicatesPage(app.page);
  await app.page.getByRole('link', { name: 'Find duplicates' }).click();
  await expect(duplicates.pairs).toHaveCount(2);

  const notSame = app.page.getByRole('button', {
    name: 'Ben Ito and Ben Ito are not the same person',
  });
  await notSame.focus();
  await app.page.keyboard.press('Enter');

  await expect(duplicates.pairs).toHaveCount(1);
  await expect(duplicates.pair('Ben Ito', 'Ben Ito')).toHaveCount(0);
  await expect(
    app.page.getByRole('button', { name: 'Merge Aiko Tanaka and A. Tanaka' }),
  ).toBeFocused();
  await app.reload();
  await expect(duplicates.pairs).toHaveCount(1);
  await expect(duplicates.pair('Aiko Tanaka', 'A. Tanaka')).toBeVisible();

  await app.page.getByRole('button', { name: 'Not the same person', exact: false }).first().click();
  await expect(duplicates.pairs).toHaveCount(0);
  await duplicates.toasts.getByRole('button', { name: 'Undo' }).click();
  await expect(duplicates.pairs).toHaveCount(1);
});
