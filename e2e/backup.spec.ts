// Backup and restore on the web (issue 5): a backup is a download; restoring it into an emptied
// database brings back the same data; restoring over data asks first and saves the current data
// first; each kind of bad file is refused with its message and leaves the data as it was.
import type { Page } from '@playwright/test';
import { seedThroughHook } from './fixtures/hallway-hook';
import { expect, test } from './fixtures/web-test';
import { BackupSettings, type BackupFile } from './pages/backup-settings';

interface Snapshot {
  counts: Record<string, number>;
  firstPerson: unknown;
}

/** Row counts of the data tables and the first person (by id), read through the test hook. */
function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(async () => {
    const { db } = window.__hallway!;
    const tables = ['people', 'events', 'interactions', 'introductions', 'volunteerShifts'];
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = await db.table(table).count();
    return { counts, firstPerson: await db.people.orderBy('id').first() };
  });
}

function deleteEverything(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const { db } = window.__hallway!;
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
    });
  });
}

const jsonFile = (name: string, text: string): BackupFile => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text, 'utf8'),
});

test.beforeEach(async ({ app }) => {
  await seedThroughHook(app.page, { seed: 7, people: 40 });
  await app.goTo('Settings');
});

test('back up, delete everything, restore: the same data comes back', async ({ page, app }) => {
  const settings = new BackupSettings(page);
  const before = await snapshot(page);
  expect(before.counts.people).toBe(40);

  const backup = await settings.backUpNow();
  expect(backup.name).toMatch(/^hallway-backup-[\d-]+\.json$/);
  await deleteEverything(page);
  await app.reload();
  expect((await snapshot(page)).counts.people).toBe(0);

  await settings.chooseRestoreFile(backup);

  await settings.expectRestored(40);
  expect(await snapshot(page)).toEqual(before);
});

test('restoring over data asks first, and saves the current data before replacing it', async ({
  page,
}) => {
  const settings = new BackupSettings(page);
  const before = await snapshot(page);
  const backup = await settings.backUpNow();
  await page.evaluate(async () => {
    const { db } = window.__hallway!;
    await db.transaction('rw', db.people, async () => {
      await db.people.where('id').above('').limit(5).delete();
    });
  });

  await settings.chooseRestoreFile(backup);
  await expect(settings.confirmation).toContainText('people: 35, events:');
  await expect(settings.confirmation).toContainText('(people: 40, events:');
  const safetyBackup = page.waitForEvent('download');
  await settings.confirmation.getByRole('button', { name: 'Replace all data' }).click();

  expect((await safetyBackup).suggestedFilename()).toMatch(
    /^hallway-backup-.*-before-restore\.json$/,
  );
  await settings.expectRestored(40);
  expect(await snapshot(page)).toEqual(before);
});

test('cancelling the confirmation changes nothing', async ({ page }) => {
  const settings = new BackupSettings(page);
  const backup = await settings.backUpNow();
  await page.evaluate(async () => {
    const { db } = window.__hallway!;
    await db.transaction('rw', db.people, async () => {
      await db.people.where('id').above('').limit(1).delete();
    });
  });
  const before = await snapshot(page);

  await settings.chooseRestoreFile(backup);
  await settings.confirmation.getByRole('button', { name: 'Cancel' }).click();

  await expect(settings.confirmation).toBeHidden();
  expect(await snapshot(page)).toEqual(before);
});

test('bad backup files are refused with their message, and the data stays as it was', async ({
  page,
}) => {
  const settings = new BackupSettings(page);
  const backup = (await settings.backUpNow()).buffer.toString('utf8');
  const newer = JSON.parse(backup) as { data: { databaseVersion: number } };
  newer.data.databaseVersion += 1;
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const cases: [BackupFile, RegExp][] = [
    [
      { name: 'photo.json', mimeType: 'image/png', buffer: png },
      /not a Hallway backup \(it is not a JSON file\)/,
    ],
    [jsonFile('contacts.json', '{"contacts":[{"name":"Aiko"}]}'), /comes from another app/],
    [jsonFile('newer.json', JSON.stringify(newer)), /made by a newer version of Hallway/],
    [
      jsonFile('cut.json', backup.slice(0, Math.floor(backup.length / 2))),
      /incomplete: it ends too early/,
    ],
    [jsonFile('empty.json', ''), /This file is empty/],
  ];
  const before = await snapshot(page);

  for (const [file, message] of cases) {
    await settings.chooseRestoreFile(file);
    await expect(settings.toasts.getByText(message)).toBeVisible();
    await expect(settings.confirmation).toBeHidden();
    expect(await snapshot(page)).toEqual(before);
  }
});

test('a backup with a row the model does not allow is refused, naming the row, and changes nothing', async ({
  page,
}) => {
  const settings = new BackupSettings(page);
  const file = JSON.parse((await settings.backUpNow()).buffer.toString('utf8')) as {
    data: { data: { tableName: string; rows: Record<string, unknown>[] }[] };
  };
  const people = file.data.data.find((table) => table.tableName === 'people')!;
  people.rows[3]!.keepInTouchDays = 'every now and then';
  const before = await snapshot(page);

  await settings.chooseRestoreFile(jsonFile('edited.json', JSON.stringify(file)));
  await settings.confirmation.getByRole('button', { name: 'Replace all data' }).click();

  await expect(
    settings.toasts.getByText(
      /cannot be restored: row 4 of people \(“.+”\) is not valid \(keepInTouchDays/,
    ),
  ).toBeVisible();
  expect(await snapshot(page)).toEqual(before);
});
