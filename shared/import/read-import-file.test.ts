import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImportFile } from './read-import-file';

const readFixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

describe('readImportFile', () => {
  it.each([
    ['linkedin-connections.csv', 'linkedin', 'utf-8-bom', 5, 0],
    ['google-contacts.csv', 'google-contacts', 'utf-8', 2, 1],
    ['meetup-attendees.csv', 'meetup', 'utf-8', 4, 0],
    ['luma-guests.csv', 'luma', 'utf-8', 3, 0],
    ['connpass-participants.csv', 'connpass', 'utf-8', 3, 1],
    ['contacts.vcf', 'vcard', 'utf-8', 3, 0],
  ])('reads %s as %s (%s): %i people, %i rejected', (name, format, encoding, people, rejected) => {
    const read = readImportFile(readFixture(name));
    expect(read).toMatchObject({ ok: true, format, encoding });
    if (!read.ok || read.format === 'generic-csv') throw new Error('expected mapped records');
    expect(read.result.records).toHaveLength(people);
    expect(read.result.rejected).toHaveLength(rejected);
  });

  it('stops a generic CSV at its table and suggested mapping', () => {
    const read = readImportFile(readFixture('volunteer-roster-shiftjis.csv'));
    expect(read).toMatchObject({ ok: true, format: 'generic-csv', encoding: 'shift_jis' });
    if (read.ok && read.format === 'generic-csv') expect(read.mapping['氏名']).toBe('displayName');
  });

  it('reports bad input as values', () => {
    expect(readImportFile(new Uint8Array())).toEqual({ ok: false, error: 'empty' });
    expect(readImportFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toEqual({
      ok: false,
      error: 'binary',
    });
    expect(readImportFile(new TextEncoder().encode('Name,Email\r\n'))).toEqual({
      ok: false,
      error: 'header-only',
      line: 1,
    });
    expect(readImportFile(new TextEncoder().encode('BEGIN:VCARD\r\n'))).toMatchObject({
      ok: true,
      format: 'vcard',
    });
  });
});
