// Importing an attendee list again changes nothing: the second import recognises the event the
// first one made and offers it, and no person, event, meeting or shift is added. Contact files
// are attached to no event by default. Every step of the import dialog has a visible way out.
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/web-test';
import { ImportDialog } from './pages/import-dialog';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../shared/import/fixtures/${name}`, import.meta.url));

function counts(page: Page) {
  return page.evaluate(async () => {
    const db = window.__hallway!.db;
    return {
      people: await db.people.where('deletedAt').equals(0).count(),
      events: await db.events.where('deletedAt').equals(0).count(),
      interactions: await db.interactions.where('deletedAt').equals(0).count(),
      shifts: await db.volunteerShifts.where('deletedAt').equals(0).count(),
    };
  });
}

/** Opens the file and goes on to its preview (through the column mapping for a roster). */
async function openPreview(dialog: ImportDialog, name: string, mapped: boolean): Promise<void> {
  await dialog.openFromSettings();
  await dialog.chooseFile(fixture(name));
  if (mapped) await dialog.dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.counts).toBeVisible();
}

for (const [name, mapped] of [
  ['meetup-attendees.csv', false],
  ['luma-guests.csv', false],
  ['connpass-participants.csv', false],
  ['volunteer-roster-shiftjis.csv', true],
] as const) {
  test(`importing ${name} twice changes nothing the second time`, async ({ app }) => {
    const dialog = new ImportDialog(app.page);
    await openPreview(dialog, name, mapped);
    await dialog.importAndWait();
    await dialog.dialog.getByRole('button', { name: 'Done' }).click();
    const first = await counts(app.page);
    expect(first.events).toBe(1);
    expect(first.interactions + first.shifts).toBeGreaterThan(0);

    await openPreview(dialog, name, mapped);
    await expect(dialog.dialog.getByLabel('An existing event')).toBeChecked();
    await expect(dialog.dialog).toContainText('imported into this event before');
    await dialog.importAndWait();
    await dialog.dialog.getByRole('button', { name: 'Done' }).click();
    expect(await counts(app.page)).toEqual(first);
  });
}

test('a contacts file is attached to no event: no meeting, nothing in Today', async ({ app }) => {
  const dialog = new ImportDialog(app.page);
  await dialog.openFromSettings();
  await dialog.chooseFile(fixture('google-contacts.csv'));
  await expect(dialog.dialog.getByLabel('Do not attach to an event')).toBeHidden();
  await dialog.importAndWait();
  expect(await counts(app.page)).toEqual({ people: 2, events: 0, interactions: 0, shifts: 0 });

  await dialog.dialog.getByRole('button', { name: 'Done' }).click();
  await dialog.openFromSettings();
  await dialog.chooseFile({
    name: 'contacts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Name,Email\nRin Sato,rin@example.com\n'),
  });
  await dialog.dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.dialog.getByLabel('Do not attach to an event')).toBeChecked();
  await dialog.importAndWait();
  expect(await counts(app.page)).toEqual({ people: 3, events: 0, interactions: 0, shifts: 0 });
});

test('the mapping and preview steps close with a visible Cancel, writing nothing', async ({
  app,
}) => {
  const dialog = new ImportDialog(app.page);
  await dialog.openFromSettings();
  await dialog.chooseFile(fixture('volunteer-roster-shiftjis.csv'));
  await dialog.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.dialog).toBeHidden();

  await dialog.openFromSettings();
  await dialog.chooseFile(fixture('meetup-attendees.csv'));
  await expect(dialog.counts).toBeVisible();
  await dialog.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.dialog).toBeHidden();
  expect(await counts(app.page)).toEqual({ people: 0, events: 0, interactions: 0, shifts: 0 });
});
