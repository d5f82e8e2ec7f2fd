import { afterEach, describe, expect, it } from 'vitest';
import { LIVE, type Interaction } from '../../shared/domain/entities';
import { personFixture } from '../../shared/domain/person-fixture';
import { HallwayDatabase } from '../db/database';
import { readChangesSince } from './change-feed';
import { readDerivedState } from './local-state';
import { runWrite } from './run-write';

const interactionFixture = (): Interaction => ({
  id: 'i',
  personId: 'p',
  at: 1,
  kind: 'met',
  note: '',
  createdAt: 1,
  updatedAt: 1,
  deletedAt: LIVE,
});

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`run-write-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('runWrite', () => {
  it('runs writes one at a time, each reading what the one before it stored', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) => write.insert('people', [personFixture({ id: 'p', notes: '' })]));
    const appendNote = (text: string) =>
      runWrite(db, async (write) => {
        const person = await write.get('people', 'p');
        await write.patch('people', 'p', { notes: `${person?.notes ?? ''}${text}` });
      });
    await Promise.all(['a', 'b', 'c', 'd'].map(appendNote));
    expect((await db.people.get('p'))?.notes).toBe('abcd');
  });

  it('derives the person fields of every row written', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) =>
      write.insert('people', [personFixture({ id: 'p', emails: [' Ada@Example.COM'] })]),
    );
    expect((await db.people.get('p'))?.emailKeys).toEqual(['ada@example.com']);
    await runWrite(db, (write) => write.patch('people', 'p', { emails: ['x@y.z'] }));
    expect((await db.people.get('p'))?.emailKeys).toEqual(['x@y.z']);
  });

  it('appends one feed entry per table and kind, in order, and nothing for a failed write', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) =>
      write.insert('people', [personFixture({ id: 'a' }), personFixture({ id: 'b' })]),
    );
    await expect(
      runWrite(db, async (write) => {
        await write.patch('people', 'a', { notes: 'lost' });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    await runWrite(db, async (write) => {
      await write.patch('people', 'a', { notes: 'kept' });
      await write.remove('people', ['b']);
    });
    const { entries, complete } = await readChangesSince(db, 0);
    expect(complete).toBe(true);
    expect(entries.map(({ table, kind, keys }) => ({ table, kind, keys }))).toEqual([
      { table: 'people', kind: 'put', keys: ['a', 'b'] },
      { table: 'people', kind: 'put', keys: ['a'] },
      { table: 'people', kind: 'delete', keys: ['b'] },
    ]);
    expect((await db.people.get('a'))?.notes).toBe('kept');
  });

  it('records what is stored when one write issues several operations at once', async () => {
    const db = freshDatabase();
    await runWrite(db, async (write) => {
      await write.insert('people', [personFixture({ id: 'p' })]);
      await write.insert('interactions', [interactionFixture()]);
    });
    const recorded = await runWrite(db, async (write) => {
      await Promise.all([
        // lastContactAt as its derived module keeps it (the interaction at 1), so nothing follows.
        write.put('people', [personFixture({ id: 'p', notes: 'put', lastContactAt: 1 })]),
        write.patch('people', 'p', { company: 'patched' }),
        write.clear('interactions'),
        write.put('interactions', [interactionFixture()]),
      ]);
      return {
        person: write.changes.of('people')[0]?.after,
        interaction: write.changes.of('interactions')[0],
      };
    });
    const stored = await db.people.get('p');
    expect(stored).toMatchObject({ notes: 'put', company: 'patched' });
    expect(recorded.person).toEqual(stored);
    expect(recorded.interaction?.before).toBeUndefined();
  });

  it('refuses a write started inside another one instead of waiting for itself', async () => {
    const db = freshDatabase();
    await expect(runWrite(db, () => runWrite(db, async () => undefined))).rejects.toThrow(
      /inside a write/,
    );
    // The queue goes on.
    await runWrite(db, (write) => write.insert('people', [personFixture({ id: 'p' })]));
    expect(await db.people.count()).toBe(1);
  });

  it('leaves the derived data current after a bulk write that rebuilds it', async () => {
    const db = freshDatabase();
    const progress: [number, number][] = [];
    await runWrite(
      db,
      (write) => write.insert('people', [personFixture({ id: 'p', emails: ['A@B.C'] })]),
      { derived: 'rebuild', onRebuildProgress: (done, total) => progress.push([done, total]) },
    );
    expect(await readDerivedState(db)).toEqual({ format: expect.any(Number), stale: false });
    expect(progress.at(-1)?.[0]).toBe(progress.at(-1)?.[1]);
  });
});
