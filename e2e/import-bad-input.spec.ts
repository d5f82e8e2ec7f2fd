// Files that cannot be imported: each gets its message in the dialog (English, and Japanese when
// the UI is in Japanese), and the database is left exactly as it was.
import { closeSync, openSync, ftruncateSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedPeople } from './fixtures/seed-people';
import { countLivePeople } from './fixtures/hallway-hook';
import { expect, test } from './fixtures/web-test';
import { ImportDialog, type FilePayload } from './pages/import-dialog';

const csv = (name: string, bytes: Buffer | string): FilePayload => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'),
});

const PNG_START = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x10, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0xf3, 0xff,
]);
/** Bytes that are neither UTF-8 nor Shift_JIS (0x80, 0xA0 and 0xFD–0xFF start nothing in either). */
const GARBLED = Buffer.concat([
  Buffer.from('Name,Email\n'),
  Buffer.from(Array.from({ length: 64 }, (_, index) => [0x80, 0xfd, 0xa0, 0xfe][index % 4]!)),
]);

const CASES: { what: string; file: FilePayload; message: string }[] = [
  { what: 'an empty file', file: csv('empty.csv', ''), message: 'The file is empty.' },
  {
    what: 'a header-only file',
    file: csv('header-only.csv', 'First Name,Last Name,Email\r\n'),
    message: 'The file has a header row (line 1) but nobody below it.',
  },
  {
    what: 'an image renamed .csv',
    file: csv('photo.csv', PNG_START),
    message: 'This is not a text file',
  },
  {
    what: 'an unclosed quotation mark',
    file: csv(
      'unbalanced.csv',
      'Name,Email\nAiko Tanaka,aiko@example.com\n"Ben Okafor,ben@example.com\nSam Lee,sam@example.com\n',
    ),
    message: 'A quotation mark opened on line 3 is never closed',
  },
  {
    what: 'a row of more than 1,000 columns',
    file: csv('wide.csv', `${'column,'.repeat(5_000)}last\nAiko,aiko@example.com\n`),
    message: 'Line 1 goes on to column 1,001 and beyond',
  },
  {
    what: 'a cell of more than 100,000 characters',
    file: csv('long-cell.csv', `Name,Notes\nAiko Tanaka,"${'x'.repeat(100_001)}"\n`),
    message: 'The cell in column 2 of line 2 is longer than 100,000 characters',
  },
  {
    what: 'text in an encoding that decodes to garbage',
    file: csv('garbled.csv', GARBLED),
    message: "The file's text encoding could not be recognised.",
  },
];

test.beforeEach(async ({ app }) => {
  await seedPeople(app.page, [{ id: 'aiko', displayName: 'Aiko Tanaka' }]);
});

for (const { what, file, message } of CASES) {
  test(`${what} is refused with its message and changes nothing`, async ({ app }) => {
    const dialog = new ImportDialog(app.page);
    await dialog.openFromSettings();
    await dialog.chooseFile(file);
    await expect(dialog.alert).toContainText(message);
    await expect(dialog.alert).toContainText('Nothing was changed in your data.');
    await dialog.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog.dialog).toBeHidden();
    expect(await countLivePeople(app.page)).toBe(1);
  });
}

test('a file over the size limit is refused before it is read', async ({ app }) => {
  const path = join(mkdtempSync(join(tmpdir(), 'hallway-import-')), 'huge.csv');
  const handle = openSync(path, 'w');
  ftruncateSync(handle, 100 * 1024 * 1024 + 1);
  closeSync(handle);
  const dialog = new ImportDialog(app.page);
  await dialog.openFromSettings();
  await dialog.chooseFile(path);
  await expect(dialog.alert).toContainText('The file is larger than 100 MB');
  expect(await countLivePeople(app.page)).toBe(1);
});

test('the messages are in Japanese when the UI is', async ({ app, settings }) => {
  await app.goTo('Settings');
  await settings.chooseLanguage('日本語');
  await app.page.getByRole('button', { name: 'ファイルから取り込む…' }).click();
  const dialog = app.page.getByRole('dialog', { name: '人を取り込む' });
  await dialog.locator('input[type="file"]').setInputFiles(CASES[3]!.file);
  await expect(dialog.getByRole('alert')).toContainText('3 行目で始まった引用符が閉じていないため');
  await expect(dialog.getByRole('alert')).toContainText('データは何も変更していません。');
  expect(await countLivePeople(app.page)).toBe(1);
});

test('UTF-16 without its byte-order mark looks binary, and reads once the user picks UTF-16', async ({
  app,
}) => {
  const dialog = new ImportDialog(app.page);
  await dialog.openFromSettings();
  const text = 'Name,Email\nBen Okafor,ben@example.com\nMika Ito,mika@example.com\n';
  await dialog.chooseFile(csv('utf16.csv', Buffer.from(text, 'utf16le')));
  await expect(dialog.alert).toContainText('This is not a text file');
  await dialog.dialog.getByLabel('Encoding').selectOption('UTF-16 (little-endian)');
  await expect(dialog.mappingFor('Email')).toHaveValue('emails');
  await dialog.dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.counts).toHaveText('2 new · 0 to merge · 0 skipped · 0 not importable');
  await dialog.page.keyboard.press('Escape');
  await expect(dialog.dialog).toBeHidden();
  expect(await countLivePeople(app.page)).toBe(1);
});

test('a row the person form would refuse is listed with its line and reason and left out', async ({
  app,
}) => {
  const dialog = new ImportDialog(app.page);
  await dialog.openFromSettings();
  const file = [
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'Ben,Okafor,,ben@example.com,Kumo,Engineer,12 Mar 2024',
    `Mika,Ito,,mika@example.com,${'K'.repeat(50_000)},Engineer,12 Mar 2024`,
  ].join('\n');
  await dialog.chooseFile(csv('connections.csv', file));
  await expect(dialog.counts).toHaveText('1 new · 0 to merge · 0 skipped · 1 not importable');
  await expect(dialog.problems.getByRole('listitem')).toHaveText([
    'Line 3Company is longer than 300 characters, the most Hallway keeps',
  ]);
  await expect(dialog.importAndWait()).resolves.toBe('1 created · 0 merged · 0 skipped');
  expect(await countLivePeople(app.page)).toBe(2);
});
