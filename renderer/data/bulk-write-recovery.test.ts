// What a bulk write leaves when it does not finish. Stopped after its sources were committed (the
// app closed during the rebuild that follows): the derived data is marked stale, and the next start
// rebuilds it to what the sources say. Aborted inside its transaction: nothing changed at all, not
// the sources, not the derived data, not the change feed.
import type { Table } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { personFixture } from '../../shared/domain/person-fixture';
import { generateSampleData } from '../../shared/sample-data/generate-sample-data';
import { HallwayDatabase } from '../db/database';
import { compareDerivedWithRecomputation } from './derived-recomputation';
import { readDerivedState } from './local-state';
import { derivedDataIsCurrent, ensureDerivedCurrent } from './rebuild-derived';
import { runWrite, type WriteOptions } from './run-write';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function open(name: string): Promise<HallwayDatabase> {
  const db = new HallwayDatabase(name);
  opened.push(db);
  await db.open();
  return db;
}

const sample = generateSampleData({ seed: 12, people: 80, now: Date.UTC(2026, 0, 1) });

/** A database holding the sample's people and interactions, its derived data current. */
async function sampleDatabase(): Promise<{ name: string; db: HallwayDatabase }> {
  const name = `bulk-write-recovery-${crypto.randomUUID()}`;
  const db = await open(name);
  await ensureDerivedCurrent(db);
  await runWrite(db, async (write) => {
    await write.insert('people', sample.people.slice(0, 40));
    await write.insert('interactions', sample.interactions.slice(0, 100));
  });
  return { name, db };
}

async function everyTable(db: HallwayDatabase): Promise<Record<string, unknown[]>> {
  const contents: Record<string, unknown[]> = {};
  for (const table of db.tables as Table[]) contents[table.name] = await table.toArray();
  return contents;
}

describe('a bulk write that does not finish', () => {
  it('stopped after its sources were committed, is rebuilt at the next start', async () => {
    const { name, db } = await sampleDatabase();
    // Derived data that only a rebuild replaces (the bulk write does not touch them): they show
    // whether one ran.
    await db.queueWeekCounts.put({ queue: 'contactDueByDate', week: 0, count: 99 });
    await runWrite(db, (write) =>
      write.insert('people', [personFixture({ id: 'zz-not-in-sample', displayName: 'Émile' })]),
    );
    await db.people.update('zz-not-in-sample', { sortName: 'stale', nameKeys: [] });

    const stopped = runWrite(
      db,
      async (write) => {
        await write.put('people', sample.people);
        await write.put('interactions', sample.interactions);
      },
      {
        derived: 'rebuild',
        onRebuildProgress: () => {
          throw new Error('The app was closed.');
        },
      },
    );
    await expect(stopped).rejects.toThrow('The app was closed.');
    expect(await db.people.count()).toBe(sample.people.length + 1);
    expect(await readDerivedState(db)).toMatchObject({ stale: true });
    expect((await compareDerivedWithRecomputation(db)).stalePeople).toMatchObject([
      { id: 'zz-not-in-sample' },
    ]);
    db.close();

    const restarted = await open(name);
    expect(await derivedDataIsCurrent(restarted)).toBe(false);
    expect(await ensureDerivedCurrent(restarted)).toBe(true);

    const { stored, recomputed, stalePeople } = await compareDerivedWithRecomputation(restarted);
    expect(stored).toEqual(recomputed);
    expect(stalePeople).toEqual([]);
    expect(await readDerivedState(restarted)).toMatchObject({ stale: false });
    expect(await restarted.queueWeekCounts.get(['contactDueByDate', 0])).toBeUndefined();
    expect(await restarted.people.count()).toBe(sample.people.length + 1);
    expect(await restarted.interactions.count()).toBe(sample.interactions.length);
  });

  const aborts: [string, WriteOptions['derived']][] = [
    ['with a rebuild to follow', 'rebuild'],
    ['following each change', 'apply'],
  ];

  it.each(aborts)(
    'aborted inside its transaction (%s), leaves sources, derived data and feed as they were',
    async (_, derived) => {
      const { db } = await sampleDatabase();
      const before = await everyTable(db);

      const aborted = runWrite(
        db,
        async (write) => {
          await write.clear('interactions');
          await write.put('people', sample.people);
          await write.patch('people', sample.people[0].id, { keepInTouchDays: 3 });
          // A person stored already: the insert fails and the transaction aborts midway.
          await write.insert('people', [personFixture({ id: sample.people[1].id })]);
        },
        { derived },
      );
      await expect(aborted).rejects.toMatchObject({ name: 'BulkError' });

      expect(await everyTable(db)).toEqual(before);
      expect(await derivedDataIsCurrent(db)).toBe(true);
    },
  );
});
