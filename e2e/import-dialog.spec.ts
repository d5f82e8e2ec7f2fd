// The import dialog itself: a file dropped on the window opens its preview; the command palette
// opens it; a CSV from an unknown tool goes through the column mapping (suggested from its
// headers, changed by the user); Escape and Cancel close it without writing anything.
import { expect, test } from './fixtures/web-test';
import { countLivePeople } from './fixtures/hallway-hook';
import { ImportDialog } from './pages/import-dialog';

const ROSTER = [
  '氏名,メールアドレス,会社,好きな言語',
  '山田 花子,hanako@example.com,Example Labs,Ruby',
  'Ben Okafor,ben@example.com,Freelance,Rust',
  ',,Nobody Inc.,',
].join('\n');

const roster = { name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER, 'utf8') };

test('a file dropped on the window opens the import with its preview', async ({ app }) => {
  const dialog = new ImportDialog(app.page);
  const meetup = [
    'Name,Attendance,User ID,Title,Event Host,RSVP,Guests,RSVPed on,Joined Group on,URL of Member Profile,Notes',
    'Aiko Tanaka,Y,user 1001,,Y,Yes,0,2026-10-01 09:12,2019-05-03,https://www.meetup.com/members/1001/,',
  ].join('\n');
  await dialog.dropFile({ name: 'meetup.csv', mimeType: 'text/csv', buffer: Buffer.from(meetup) });
  await expect(dialog.dialog).toContainText('Meetup attendee list');
  await expect(dialog.counts).toHaveText('1 new · 0 to merge · 0 skipped · 0 not importable');
});

test('the command palette opens the import dialog', async ({ app }) => {
  await app.page.locator('body').press('Control+k');
  await app.page.getByRole('combobox', { name: 'Type a command' }).fill('import');
  await app.page.getByRole('option', { name: /Import people from a file/ }).click();
  await expect(new ImportDialog(app.page).dialog).toBeVisible();
});

test('a CSV from an unknown tool is mapped column by column, then previewed and imported', async ({
  app,
}) => {
  const dialog = new ImportDialog(app.page);
  await dialog.openFromSettings();
  await dialog.chooseFile(roster);
  await expect(dialog.mappingFor('氏名')).toHaveValue('displayName');
  await expect(dialog.mappingFor('メールアドレス')).toHaveValue('emails');
  await expect(dialog.mappingFor('会社')).toHaveValue('company');
  await expect(dialog.mappingFor('好きな言語')).toHaveValue('ignore');
  await dialog.mappingFor('好きな言語').selectOption('interests');
  await dialog.dialog.getByRole('button', { name: 'Preview' }).click();

  await expect(dialog.counts).toHaveText('2 new · 0 to merge · 0 skipped · 1 not importable');
  await dialog.dialog.getByRole('button', { name: 'Change the columns' }).click();
  await expect(dialog.mappingFor('好きな言語')).toHaveValue('interests');
  await dialog.dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.problems).toContainText('Line 4No name and no e-mail address');
  await dialog.dialog.getByLabel('Do not attach to an event').check();
  expect(await dialog.importAndWait()).toBe('2 created · 0 merged · 0 skipped');
  const ben = await app.page.evaluate(() =>
    window.__hallway!.db.people.where('emailKeys').equals('ben@example.com').first(),
  );
  expect(ben?.company).toBe('Freelance');
  expect(ben?.interests).toEqual(['rust']);
});

test('Escape closes the preview and nothing is written', async ({ app }) => {
  const dialog = new ImportDialog(app.page);
  await dialog.openFromSettings();
  await dialog.chooseFile(roster);
  await dialog.dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.counts).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(dialog.dialog).toBeHidden();
  expect(await countLivePeople(app.page)).toBe(0);
});
