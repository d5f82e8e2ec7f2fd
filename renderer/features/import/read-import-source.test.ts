import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../shared/import/import-preview';
import { MAX_CELL_CHARS, MAX_COLUMNS } from '../../../shared/import/read-csv';
import { MAX_IMPORT_BYTES } from './import-limits';
import { readImportSource } from './read-import-source';

const ignore = () => undefined;
const utf8 = (text: string) => new Blob([new TextEncoder().encode(text)]);
/** A file that streams in 64 KB chunks, as a file on disk does in a browser. */
function chunkedUtf8(text: string): Blob {
  const bytes = new TextEncoder().encode(text);
  const chunks = [];
  for (let from = 0; from < bytes.length; from += 65_536)
    chunks.push(bytes.subarray(from, from + 65_536));
  return new Blob(chunks);
}
const read = (source: Blob, options = {}) => readImportSource(source, options, ignore);

describe('readImportSource', () => {
  it.each([
    ['an empty file', new Blob([]), { reason: 'empty' }],
    [
      'an image renamed .csv',
      new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])]),
      { reason: 'binary' },
    ],
    ['a header without rows', utf8('Name,Email\r\n\r\n'), { reason: 'header-only', line: 1 }],
    [
      'an unclosed quote',
      utf8('Name,Email\n"Aiko,a@example.com\nBen,b@example.com\n'),
      { reason: 'unbalanced-quotes', line: 2 },
    ],
    [
      'a row of too many columns',
      utf8(`Name,Email\n${'x,'.repeat(MAX_COLUMNS)}x\n`),
      { reason: 'too-many-columns', line: 2, column: MAX_COLUMNS + 1 },
    ],
    [
      'a cell that is too long',
      utf8(`Name,Email\nAiko,"a\nb"\nBen,"${'x'.repeat(MAX_CELL_CHARS + 1)}"\n`),
      { reason: 'cell-too-long', line: 4, column: 2 },
    ],
    [
      'bytes that are neither UTF-8 nor Shift_JIS',
      new Blob([new Uint8Array([0x4e, 0x2c, 0xff, 0xfe, 0xfd, 0x0a, 0x80, 0xff])]),
      { reason: 'undecodable' },
    ],
  ])('refuses %s with its reason', async (_, source, failure) => {
    expect(await read(source)).toEqual({ kind: 'failure', ...failure });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const huge = { size: MAX_IMPORT_BYTES + 1 } as Blob;
    expect(await read(huge)).toEqual({ kind: 'failure', reason: 'too-large' });
  });

  it('reads Shift_JIS that only starts after a long ASCII beginning', async () => {
    const ascii = ['Name,Email'];
    for (let index = 0; index < 5_000; index++) ascii.push(`P${index},p${index}@example.com`);
    const japanese = Encoding.convert(Encoding.stringToCode('\n山田 花子,hanako@example.com\n'), {
      to: 'SJIS',
      from: 'UNICODE',
    });
    const source = new Blob([new TextEncoder().encode(ascii.join('\n')), new Uint8Array(japanese)]);
    const result = await read(source, { mapping: { Name: 'displayName', Email: 'emails' } });
    if (result.kind !== 'records') throw new Error(JSON.stringify(result));
    expect(result.encoding).toBe('shift_jis');
    expect(result.result.records.at(-1)?.person.displayName).toBe('山田 花子');
    expect(result.result.records).toHaveLength(ascii.length);
  });

  it('stops an unknown CSV at its headers, a sample and a suggested mapping', async () => {
    const rows = ['氏名,メールアドレス,Favourite colour'];
    for (let index = 0; index < 500; index++) rows.push(`人 ${index},p${index}@example.com,blue`);
    const result = await read(utf8(rows.join('\r\n')));
    expect(result).toMatchObject({
      kind: 'needs-mapping',
      encoding: 'utf-8',
      headers: ['氏名', 'メールアドレス', 'Favourite colour'],
      mapping: { 氏名: 'displayName', メールアドレス: 'emails', 'Favourite colour': 'ignore' },
    });
    if (result.kind === 'needs-mapping') expect(result.sampleRows[0]?.line).toBe(2);
    if (result.kind === 'needs-mapping') expect(result.sampleRows).toHaveLength(20);
  });

  it('reads an unknown CSV with the mapping the user chose', async () => {
    const result = await read(utf8('Who,Mail\nAiko,a@example.com\n,\nBen,\n'), {
      mapping: { Who: 'displayName', Mail: 'emails' },
    });
    expect(result).toMatchObject({ kind: 'records', format: 'generic-csv' });
    if (result.kind !== 'records') return;
    expect(result.result.records.map((record) => [record.line, record.person.displayName])).toEqual(
      [
        [2, 'Aiko'],
        [4, 'Ben'],
      ],
    );
  });

  it('stops reading a file once a row of it is refused', async () => {
    const rows = ['Name,Notes', `Aiko,"${'x'.repeat(MAX_CELL_CHARS + 1)}"`];
    for (let index = 0; index < 400_000; index++) rows.push(`P${index},fine`);
    const source = chunkedUtf8(rows.join('\n'));
    const progress: ImportProgress[] = [];
    const result = await readImportSource(source, {}, (step) => progress.push(step));
    expect(result).toEqual({ kind: 'failure', reason: 'cell-too-long', line: 2, column: 2 });
    expect(Math.max(...progress.map((step) => step.done))).toBeLessThan(source.size / 2);
  });

  it('reports reading progress up to the whole file', async () => {
    const rows = ['First Name,Last Name,Connected On'];
    for (let index = 0; index < 20_000; index++) rows.push(`P${index},Q,12 Mar 2024`);
    const source = utf8(rows.join('\n'));
    const progress: ImportProgress[] = [];
    await readImportSource(source, {}, (step) => progress.push(step));
    expect(progress.every((step) => step.phase === 'reading' && step.total === source.size)).toBe(
      true,
    );
    expect(progress.at(-1)?.done).toBe(source.size);
  });
});
