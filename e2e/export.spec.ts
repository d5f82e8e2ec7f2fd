// Export (issue 5): people from the People toolbar, read back from the downloaded file: Excel-safe
// by default (UTF-8 BOM, CRLF), plain UTF-8 with LF when turned off, a name that starts with `=`
// neutralised either way; the list as filtered; vCard 4.0 with readings.
import type { Page } from '@playwright/test';
import type { Person } from '../shared/domain/entities';
import { personFixture } from '../shared/domain/person-fixture';
import { expect, test } from './fixtures/web-test';
import { ExportDialog } from './pages/export-dialog';

const PEOPLE: Person[] = [
  personFixture({
    id: 'p-formula',
    displayName: '=HYPERLINK("http://evil.example")',
    sortName: 'hyperlink',
    company: 'Acme',
  }),
  personFixture({
    id: 'p-hanako',
    displayName: '山田 花子',
    familyName: '山田',
    givenName: '花子',
    nameOrder: 'family-given',
    nameReading: 'やまだ はなこ',
    sortName: 'やまだはなこ',
    company: 'Acme',
    emails: ['hanako@example.jp', 'h.yamada@example.com'],
    notes: 'Met at "Tokyo JS",\nloves tea',
  }),
  personFixture({
    id: 'p-ben',
    displayName: 'Ben Carter',
    sortName: 'ben carter',
    company: 'Other',
  }),
];

async function addPeople(page: Page, people: Person[]): Promise<void> {
  await page.evaluate((rows) => window.__hallway!.insertRows('people', rows), people);
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

test.beforeEach(async ({ app }) => {
  await addPeople(app.page, PEOPLE);
  await app.goTo('People');
});

test('exports people as Excel-safe CSV: BOM, CRLF, formula neutralised, fields intact', async ({
  page,
}) => {
  const exporter = new ExportDialog(page);
  await exporter.openFromPeopleToolbar();
  await expect(exporter.excelSafe).toBeChecked();

  const { name, bytes } = await exporter.export();

  expect(name).toMatch(/^hallway-people-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(bytes.subarray(0, 3).equals(UTF8_BOM)).toBe(true);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.startsWith('ID,Display name,Given name,Family name,Reading,')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
  expect(text).toContain(`p-formula,"'=HYPERLINK(""http://evil.example"")"`);
  expect(text).toContain('p-hanako,山田 花子,花子,山田,やまだ はなこ,family-given,Acme,');
  expect(text).toContain('"hanako@example.jp; h.yamada@example.com"');
  expect(text).toContain('"Met at ""Tokyo JS"",\nloves tea"');
  expect(text.split('\r\n').filter((line) => line.startsWith('p-'))).toHaveLength(3);
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    'Exported 3 rows',
  );
});

test('with Excel-safe off: no BOM and LF line ends, formulas still neutralised', async ({
  page,
}) => {
  const exporter = new ExportDialog(page);
  await exporter.openFromPeopleToolbar();
  await exporter.excelSafe.uncheck();

  const { bytes } = await exporter.export();

  expect(bytes.subarray(0, 3).equals(UTF8_BOM)).toBe(false);
  const text = bytes.toString('utf8');
  expect(text.startsWith('ID,Display name,')).toBe(true);
  expect(text).not.toContain('\r');
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
});

test('exports only the people the filtered list shows, or them as vCard 4.0', async ({ page }) => {
  await page.getByRole('searchbox', { name: 'Company' }).fill('Acme');
  const exporter = new ExportDialog(page);
  await exporter.openFromPeopleToolbar();
  await expect(
    exporter.dialog.getByRole('radio', { name: /^The people in the list as filtered now \(2\)/ }),
  ).toBeChecked();

  const csv = await exporter.export();
  const ids = csv.bytes
    .toString('utf8')
    .split('\r\n')
    .map((line) => line.split(',')[0]);
  expect(ids.filter((id) => id.startsWith('p-')).sort()).toEqual(['p-formula', 'p-hanako']);

  await exporter.openFromPeopleToolbar();
  await exporter.chooseVCard();
  const vcard = await exporter.export();
  expect(vcard.name).toMatch(/\.vcf$/);
  const cards = vcard.bytes.toString('utf8');
  expect(cards.match(/BEGIN:VCARD/g)).toHaveLength(2);
  expect(cards).toContain('VERSION:4.0');
  expect(cards).toContain('X-PHONETIC-LAST-NAME:やまだ');
});

test('nothing is saved for an empty table; Escape closes the dialog', async ({ page }) => {
  const exporter = new ExportDialog(page);
  await exporter.openFromPeopleToolbar();
  await exporter.chooseTable('Events');
  await exporter.dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    'There is nothing to export: Events is empty.',
  );
  await page.keyboard.press('Escape');
  await expect(exporter.dialog).toBeHidden();
});
