import { afterEach, describe, expect, it } from 'vitest';
import { personFixture } from '../../shared/domain/person-fixture';
import { HallwayDatabase } from '../db/database';
import {
  compactChanges,
  latestChangeSeq,
  readChangesSince,
  setReaderPosition,
} from './change-feed';
import { runWrite } from './run-write';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`change-feed-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const addPerson = (db: HallwayDatabase, id: string) =>
  runWrite(db, (write) => write.insert('people', [personFixture({ id })]));

describe('the change feed', () => {
  it('compacts up to the slowest reader and tells a reader behind it to read everything', async () => {
    const db = freshDatabase();
    await addPerson(db, 'a');
    const afterA = await latestChangeSeq(db);
    await addPerson(db, 'b');
    await setReaderPosition(db, 'slow', afterA);
    await setReaderPosition(db, 'fast', await latestChangeSeq(db));
    expect(await compactChanges(db, 0)).toBe(1);
    expect(await readChangesSince(db, afterA)).toMatchObject({
      complete: true,
      entries: [{ keys: ['b'] }],
    });
    expect((await readChangesSince(db, 0)).complete).toBe(false);
  });

  it('keeps its newest sequence number when compaction deleted every entry', async () => {
    const db = freshDatabase();
    await addPerson(db, 'a');
    await addPerson(db, 'b');
    const newest = await latestChangeSeq(db);
    await setReaderPosition(db, 'search', newest);
    await compactChanges(db, 0);
    expect(await db.changes.count()).toBe(0);
    expect(await latestChangeSeq(db)).toBe(newest);
    expect(await readChangesSince(db, await latestChangeSeq(db))).toEqual({
      entries: [],
      complete: true,
    });
    await addPerson(db, 'c');
    expect((await readChangesSince(db, newest)).entries.map(({ keys }) => keys)).toEqual([['c']]);
  });

  it('keeps the newest entries for in-memory readers, whatever the persistent ones read', async () => {
    const db = freshDatabase();
    for (const id of ['a', 'b', 'c']) await addPerson(db, id);
    const newest = await latestChangeSeq(db);
    await setReaderPosition(db, 'search', newest);
    expect(await compactChanges(db, 2)).toBe(1);
    expect((await readChangesSince(db, newest - 2)).complete).toBe(true);
    expect((await readChangesSince(db, newest - 3)).complete).toBe(false);
  });
});
