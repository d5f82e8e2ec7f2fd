// Duplicates: "Add person" (N) warns about someone with the same e-mail and opens them; two
// records of one person are merged from the person page, and Undo brings both back as they were.
import type { Page } from '@playwright/test';
import { seedInteractions, seedPeople, storedPerson } from './fixtures/seed-people';
import { expect, test } from './fixtures/web-test';
import { AddPersonDialog } from './pages/add-person-dialog';
import { MergeDialog } from './pages/merge-dialog';
import { PersonPage } from './pages/person-page';

const DAY = 86_400_000;

test.beforeEach(async ({ app }) => {
  await seedPeople(app.page, [
    {
      id: 'aiko-1',
      displayName: 'Aiko Tanaka',
      givenName: 'Aiko',
      familyName: 'Tanaka',
      company: 'Mercari',
      emails: ['aiko@example.com'],
    },
  ]);
});

function interactionOwner(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate(
    async (interactionId) => (await window.__hallway!.db.interactions.get(interactionId))?.personId,
    id,
  );
}

test('N opens "Add person", which warns about the same e-mail and opens that person', async ({
  app,
}) => {
  const dialog = new AddPersonDialog(app.page);
  await app.page.locator('body').press('n');
  await expect(dialog.dialog).toBeVisible();
  await expect(dialog.field('Given name')).toBeFocused();

  await dialog.field('Given name').fill('A.');
  await dialog.field('Family name').fill('Tanaka');
  await expect(dialog.addButton).toBeEnabled();
  await dialog.field('E-mail').fill('AIKO@example.com');

  await expect(dialog.duplicateWarning).toContainText('Same e-mail as Aiko Tanaka');
  await expect(dialog.addAnywayButton).toBeVisible();
  await dialog.openButton('Aiko Tanaka').click();

  await expect(dialog.dialog).toBeHidden();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Aiko Tanaka');
});

test('two records of one person are merged, and Undo restores both', async ({ app }) => {
  await seedPeople(app.page, [
    {
      id: 'aiko-2',
      displayName: 'Aiko Tanaka',
      givenName: 'Aiko',
      familyName: 'Tanaka',
      company: 'Cookpad',
      emails: ['aiko.t@example.jp'],
    },
  ]);
  await seedInteractions(app.page, [
    { id: 'call', personId: 'aiko-2', at: Date.now() - 3 * DAY, kind: 'call', note: 'About Rust' },
  ]);
  const person = new PersonPage(app.page);
  const merge = new MergeDialog(app.page);
  await person.open('aiko-1', 'Aiko Tanaka');

  await expect(person.duplicateWarning).toContainText('Same name as Aiko Tanaka');
  await person.duplicateWarning.getByRole('button', { name: 'Merge with Aiko Tanaka…' }).click();
  await merge.choice('Company', 'Cookpad').check();
  await merge.mergeButton.click();

  await expect(person.timelineEntries()).toHaveCount(1);
  await expect(person.timelineEntries().first()).toContainText('About Rust');
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Aiko Tanaka');
  expect(await storedPerson(app.page, 'aiko-1')).toMatchObject({
    company: 'Cookpad',
    emails: ['aiko@example.com', 'aiko.t@example.jp'],
  });
  expect((await storedPerson(app.page, 'aiko-2'))?.deletedAt).toBeGreaterThan(0);

  await person.toastUndo('Merged Aiko Tanaka.').click();

  await expect(person.timelineEntries()).toHaveCount(0);
  await expect(person.duplicateWarning).toBeVisible();
  expect(await storedPerson(app.page, 'aiko-1')).toMatchObject({
    company: 'Mercari',
    emails: ['aiko@example.com'],
    deletedAt: 0,
  });
  expect(await storedPerson(app.page, 'aiko-2')).toMatchObject({
    company: 'Cookpad',
    deletedAt: 0,
  });
  expect(await interactionOwner(app.page, 'call')).toBe('aiko-2');
});

test('Undo of a merge keeps an edit made after it and says which', async ({ app }) => {
  await seedPeople(app.page, [
    { id: 'aiko-2', displayName: 'Aiko Tanaka', company: 'Cookpad', phones: ['090-1234-5678'] },
  ]);
  const person = new PersonPage(app.page);
  const merge = new MergeDialog(app.page);
  await person.open('aiko-1', 'Aiko Tanaka');
  await person.duplicateWarning.getByRole('button', { name: 'Merge with Aiko Tanaka…' }).click();
  await merge.choice('Company', 'Cookpad').check();
  await merge.mergeButton.click();
  await expect(merge.mergeButton).toBeHidden();
  await app.page.evaluate(() => window.__hallway!.editPerson('aiko-1', { company: 'Kumo' }));

  await person.toastUndo('Merged Aiko Tanaka.').click();

  await expect(person.toasts).toContainText(
    'Merge undone. Kept what you changed since the merge: Company.',
  );
  expect(await storedPerson(app.page, 'aiko-1')).toMatchObject({ company: 'Kumo', phones: [] });
  expect((await storedPerson(app.page, 'aiko-2'))?.deletedAt).toBe(0);
});
