import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { createPerson } from '../../data/writes/people-writes';
import { addRelationship, trashRelationship } from '../../data/writes/relationships-writes';
import { buildExportFile } from './build-export-file';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('the relationships CSV', () => {
  it('has its own file with both people’s ids and names, the kind, note, since and until', async () => {
    const db = new HallwayDatabase(`export-relationships-${crypto.randomUUID()}`);
    opened.push(db);
    const aoi = await createPerson(db, { displayName: 'Aoi' });
    const bruno = await createPerson(db, { displayName: '山田 花子' });
    await addRelationship(db, {
      fromId: aoi.id,
      toId: bruno.id,
      kind: 'introduced-me-to',
      note: 'At RustFest, "day 2"',
      since: Date.UTC(2025, 4, 1),
    });
    const gone = await addRelationship(db, { fromId: bruno.id, toId: aoi.id, kind: 'knows' });
    await trashRelationship(db, gone.id);

    const file = await buildExportFile(
      db,
      { table: 'relationships', format: 'csv', excelSafe: false },
      { now: Date.UTC(2026, 11, 7) },
    );

    expect(file.suggestedName).toBe('hallway-relationships-2026-12-07.csv');
    expect(file.rows).toBe(1);
    const [header, row, end] = file.data.split('\n');
    expect(header).toBe('ID,From ID,From name,To ID,To name,Kind,Note,Since,Until');
    expect(row).toMatch(
      new RegExp(
        `^[\\w-]+,${aoi.id},Aoi,${bruno.id},山田 花子,introduced-me-to,"At RustFest, ""day 2""",2025-05-01T00:00:00.000Z,$`,
      ),
    );
    expect(end).toBe('');
  });
});
