// What the import says about a file's rows: an all-empty row is reported by its line, cells past
// the header are shown as left out, a spreadsheet formula's stray quotes are named as such (not
// as a quote never closed), and the older Google Contacts export (UTF-16) is recognised with its
// readings, e-mails and companies.
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures/web-test';
import { ImportDialog } from './pages/import-dialog';

const csv = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text),
});

test('an all-empty row and cells past the header are reported with their lines', async ({
  app,
}) => {
  const dialog = new ImportDialog(app.page);
  await dialog.openFromSettings();
  await dialog.chooseFile(
    csv(
      'people.csv',
      'Name,Email\nAiko Tanaka,aiko@example.com\n,\nBen Okafor,ben@example.com,Tokyo\n',
    ),
  );
  await dialog.dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.counts).toHaveText('2 new · 0 to merge · 0 skipped · 1 not importable');
  await expect(dialog.problems).toContainText('Line 3');
  await expect(dialog.problems).toContainText('An empty row');
  await expect(dialog.problems).toContainText('Line 4');
  await expect(dialog.problems).toContainText('left out: Tokyo');
});

test('a formula’s quotes inside an unquoted cell are reported as such, with the line', async ({
  app,
}) => {
  const dialog = new ImportDialog(app.page);
  await dialog.openFromSettings();
  await dialog.chooseFile(
    csv(
      'links.csv',
      'Name,Link,Email\nAiko,a,aiko@example.com\nBen,=HYPERLINK("https://x.example","x"),b@x.example\n',
    ),
  );
  await expect(dialog.dialog).toContainText(
    'Line 3 has a quotation mark inside a cell that does not start with one',
  );
  await expect(dialog.dialog).not.toContainText('is never closed');
});

test('the older Google Contacts export, in UTF-16, keeps readings, e-mails and companies', async ({
  app,
}) => {
  const dialog = new ImportDialog(app.page);
  await dialog.openFromSettings();
  await dialog.chooseFile(
    fileURLToPath(
      new URL('../shared/import/fixtures/google-contacts-legacy-utf16.csv', import.meta.url),
    ),
  );
  await expect(dialog.dialog).toContainText('Google Contacts');
  await expect(dialog.counts).toHaveText('2 new · 0 to merge · 0 skipped · 0 not importable');
  await dialog.importAndWait();
  const hanako = await app.page.evaluate(() =>
    window.__hallway!.db.people.where('displayName').equals('山田 花子').first(),
  );
  expect(hanako).toMatchObject({
    nameReading: 'やまだ はなこ',
    emails: ['hanako@example.com', 'hanako.y@example.net'],
    company: 'Example Labs',
    role: 'Designer',
  });
});
