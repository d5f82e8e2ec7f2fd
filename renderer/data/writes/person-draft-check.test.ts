import { afterEach, describe, expect, it } from 'vitest';
import { emptyPersonFields } from '../../../shared/domain/empty-person-fields';
import type { ImportPreview } from '../../../shared/import/import-preview';
import { HallwayDatabase } from '../../db/database';
import { previewImportFile } from '../../features/import/preview-import-file';
import { writeImport } from './import-writes';
import { personDraftProblem, separateInvalidPeople } from './person-draft-check';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`person-draft-check-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});
const ignore = () => undefined;

const person = (changes: object) => ({ ...emptyPersonFields(), displayName: 'Aiko', ...changes });

describe('personDraftProblem', () => {
  it('accepts what the form accepts', () => {
    expect(
      personDraftProblem(person({ company: 'x'.repeat(300), emails: ['a@example.com'] })),
    ).toBeNull();
  });

  it('names the field and the limit of a value that is too long', () => {
    expect(personDraftProblem(person({ company: 'x'.repeat(301) }))).toEqual({
      reason: 'field-too-long',
      field: 'company',
      limit: 300,
    });
    expect(personDraftProblem(person({ emails: ['a'.repeat(321)] }))).toEqual({
      reason: 'field-too-long',
      field: 'emails',
      limit: 320,
    });
  });

  it('names a list with too many entries and a value a person cannot have', () => {
    const phones = Array.from({ length: 201 }, (_, index) => `0${index}`);
    expect(personDraftProblem(person({ phones }))).toEqual({
      reason: 'field-too-many',
      field: 'phones',
      limit: 200,
    });
    expect(personDraftProblem(person({ keepInTouchDays: 0 }))).toMatchObject({
      field: 'keepInTouchDays',
    });
  });

  it('keeps the valid records in order and rejects the others by line', () => {
    const records = [
      { line: 2, person: person({}) },
      { line: 3, person: person({ notes: 'x'.repeat(100_001) }) },
      { line: 4, person: person({ role: 'Engineer' }) },
    ];
    const { valid, rejected } = separateInvalidPeople(records);
    expect(valid.map((record) => record.line)).toEqual([2, 4]);
    expect(rejected).toEqual([
      { line: 3, reason: 'field-too-long', field: 'notes', limit: 100_000 },
    ]);
  });
});

describe('importing a file with a row the form would refuse', () => {
  const csv = [
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'Aiko,Tanaka,,aiko@example.com,Kumo,Engineer,12 Mar 2024',
    `Ken,Sato,,ken@example.com,${'K'.repeat(5_000)},Engineer,12 Mar 2024`,
  ].join('\n');
  const notes = 'Notes:\n"LinkedIn export"\n\n';

  async function preview(db: HallwayDatabase): Promise<ImportPreview> {
    const result = await previewImportFile(db, new Blob([notes + csv]), {}, ignore);
    if (result.kind !== 'preview') throw new Error(`expected a preview, got ${result.kind}`);
    return result;
  }

  it('lists the row with its line and reason and imports only the others', async () => {
    const db = freshDatabase();
    const planned = await preview(db);
    expect(planned.rows.map((row) => row.person.givenName)).toEqual(['Aiko']);
    expect(planned.invalid).toEqual([
      { line: 6, reason: 'field-too-long', field: 'company', limit: 300 },
    ]);
    expect(planned.counts).toMatchObject({ create: 1, invalid: 1 });
    await writeImport(db, planned, new Map(), {}, ignore);
    expect((await db.people.toArray()).map((stored) => stored.givenName)).toEqual(['Aiko']);
  });

  it('refuses to write a preview that holds such a row, writing nothing', async () => {
    const db = freshDatabase();
    const planned = await preview(db);
    const tampered: ImportPreview = {
      ...planned,
      rows: [{ ...planned.rows[0], person: person({ company: 'x'.repeat(301) }) }],
    };
    await expect(writeImport(db, tampered, new Map(), {}, ignore)).rejects.toThrow();
    expect(await db.people.count()).toBe(0);
  });
});
