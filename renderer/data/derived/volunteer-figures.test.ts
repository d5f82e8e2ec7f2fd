import { afterEach, describe, expect, it } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import type { VolunteerShift } from '../../../shared/domain/entities';
import { personFixture } from '../../../shared/domain/person-fixture';
import { generateSampleData } from '../../../shared/sample-data/generate-sample-data';
import { summariseFigures } from '../../../shared/volunteers/volunteer-figures';
import { allStandings } from '../../../shared/volunteers/volunteer-standings';
import { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';
import { volunteerFiguresModule } from './volunteer-figures';
import { storedAndRebuilt } from './volunteer-figures-recomputed';

const HOUR = 3_600_000;
const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`volunteer-figures-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

function shift(id: string, personId: string, fields: Partial<VolunteerShift> = {}): VolunteerShift {
  return {
    id,
    eventId: 'march',
    personId,
    role: 'reception',
    startsAt: 10 * HOUR,
    endsAt: 13 * HOUR,
    status: 'attended',
    hours: 3,
    note: '',
    createdAt: 1,
    updatedAt: 1,
    deletedAt: 0,
    ...fields,
  };
}

const person = (id: string, displayName: string, fields = {}) =>
  personFixture({ id, displayName, ...fields });

/** Someone's summary as of `now` from their stored record (undefined when they have none). */
async function summaryOf(db: HallwayDatabase, personId: string, now = 20 * HOUR) {
  const record = await db.volunteerFigures.get(personId);
  return record && summariseFigures(record, now);
}

describe('volunteer figures module', () => {
  it('counts a trashed shift for nothing, and an invited-only person still has a record', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) =>
      write.insert('volunteerShifts', [
        shift('1', 'ada', { eventId: 'e1' }),
        shift('2', 'ada', { eventId: 'e2', status: 'no-show' }),
        shift('3', 'ada', { eventId: 'e3', deletedAt: 99 }),
        shift('4', 'ben', { status: 'invited' }),
        shift('5', 'chika', { status: 'confirmed', deletedAt: 99 }),
      ]),
    );
    expect((await db.volunteerFigures.toCollection().primaryKeys()).sort()).toEqual(['ada', 'ben']);
    expect(await summaryOf(db, 'ada')).toMatchObject({
      eventsVolunteered: 1,
      totalHours: 3,
      reliability: 0.5,
    });
    expect(await summaryOf(db, 'ben')).toMatchObject({ eventsVolunteered: 0, reliability: null });
    expect(
      allStandings(await db.volunteerStandings.toArray())
        .map((s) => s.personId)
        .sort(),
    ).toEqual(['ada', 'ben']);
  });

  it('counts two shifts of one person written in one write, together or one after the other', async () => {
    const db = freshDatabase();
    const second = { eventId: 'april', startsAt: 20 * HOUR, endsAt: 23 * HOUR };
    await runWrite(db, (write) =>
      write.insert('volunteerShifts', [shift('a1', 'ada'), shift('a2', 'ada', second)]),
    );
    await runWrite(db, async (write) => {
      await Promise.all([
        write.insert('volunteerShifts', [shift('b1', 'ben')]),
        write.insert('volunteerShifts', [shift('b2', 'ben', second)]),
      ]);
    });
    await runWrite(db, async (write) => {
      await write.insert('volunteerShifts', [shift('c1', 'chika', { status: 'invited' })]);
      await write.patch('volunteerShifts', 'c1', { status: 'attended' });
      await write.insert('volunteerShifts', [shift('c2', 'chika', second)]);
    });
    for (const id of ['ada', 'ben', 'chika']) {
      expect(await summaryOf(db, id, 30 * HOUR)).toMatchObject({
        eventsVolunteered: 2,
        totalHours: 6,
      });
    }
    const { stored, rebuilt } = await storedAndRebuilt(db);
    expect(stored).toEqual(rebuilt);
  });

  it('counts two shifts of one person written by two concurrent writes', async () => {
    const db = freshDatabase();
    await Promise.all([
      runWrite(db, (write) => write.insert('volunteerShifts', [shift('a1', 'ada')])),
      runWrite(db, (write) =>
        write.insert('volunteerShifts', [shift('a2', 'ada', { eventId: 'april' })]),
      ),
    ]);
    expect((await db.volunteerFigures.get('ada'))?.attendedMinutes).toBe(360);
    expect(await summaryOf(db, 'ada')).toMatchObject({ eventsVolunteered: 2, totalHours: 6 });
    const { stored, rebuilt } = await storedAndRebuilt(db);
    expect(stored).toEqual(rebuilt);
  });

  it('move with a merged person, come back with the undo, and go with a purged one', async () => {
    const db = freshDatabase();
    await runWrite(db, async (write) => {
      await write.insert('people', [person('ada', 'Ada'), person('ben', 'Ben')]);
      await write.insert('volunteerShifts', [
        shift('s1', 'ada'),
        shift('s2', 'ben', { eventId: 'april' }),
      ]);
    });
    // What merging Ben into Ada does to these tables: his shifts become hers, he goes to the trash.
    await runWrite(db, async (write) => {
      await write.patch('volunteerShifts', 's2', { personId: 'ada' });
      await write.patch('people', 'ben', { deletedAt: write.now });
    });
    expect(await db.volunteerFigures.toCollection().primaryKeys()).toEqual(['ada']);
    expect(await summaryOf(db, 'ada')).toMatchObject({ eventsVolunteered: 2, totalHours: 6 });

    await runWrite(db, async (write) => {
      await write.patch('volunteerShifts', 's2', { personId: 'ben' });
      await write.patch('people', 'ben', { deletedAt: 0 });
    });
    expect(await summaryOf(db, 'ada')).toMatchObject({ totalHours: 3 });
    expect(await summaryOf(db, 'ben')).toMatchObject({ totalHours: 3 });
    expect((await db.volunteerFigures.get('ben'))?.person).toMatchObject({ trashed: false });

    await runWrite(db, async (write) => {
      await write.remove('volunteerShifts', ['s2']);
      await write.remove('people', ['ben']);
    });
    expect(await db.volunteerFigures.get('ben')).toBeUndefined();
    expect((await db.volunteerFigures.get('ada'))?.attendedMinutes).toBe(180);
    const { stored, rebuilt } = await storedAndRebuilt(db);
    expect(stored).toEqual(rebuilt);
  });

  it('names the volunteer from their person row, through renames, the trash, a purge and a return', async () => {
    const db = freshDatabase();
    await runWrite(db, async (write) => {
      await write.insert('people', [person('ada', 'Ada')]);
      await write.insert('volunteerShifts', [shift('s1', 'ada', { role: 'mc' })]);
    });
    const part = async () => (await db.volunteerFigures.get('ada'))?.person;
    expect(await part()).toEqual({
      displayName: 'Ada',
      sortName: 'ada',
      nameReading: '',
      trashed: false,
    });

    await runWrite(db, (write) =>
      write.patch('people', 'ada', { displayName: '山田 花子', nameReading: 'やまだ はなこ' }),
    );
    expect(await part()).toEqual({
      displayName: '山田 花子',
      sortName: (await db.people.get('ada'))?.sortName,
      nameReading: 'やまだ はなこ',
      trashed: false,
    });
    await runWrite(db, (write) => write.patch('people', 'ada', { deletedAt: write.now }));
    expect(await part()).toMatchObject({ displayName: '山田 花子', trashed: true });
    await runWrite(db, (write) => write.patch('people', 'ada', { deletedAt: 0 }));
    expect(await part()).toMatchObject({ trashed: false });

    const row = (await db.people.get('ada'))!;
    await runWrite(db, (write) => write.remove('people', ['ada']));
    expect(await part()).toBeNull();
    await runWrite(db, (write) => write.put('people', [row]));
    expect(await part()).toMatchObject({ displayName: '山田 花子', trashed: false });
  });

  it('leaves the records of people who never volunteered alone, and a note on a shift too', async () => {
    const db = freshDatabase();
    await runWrite(db, async (write) => {
      await write.insert('people', [person('ada', 'Ada'), person('ben', 'Ben')]);
      await write.insert('volunteerShifts', [shift('s1', 'ada')]);
    });
    await runWrite(db, async (write) => {
      await write.patch('people', 'ben', { displayName: 'Benjamin' });
      await write.patch('volunteerShifts', 's1', { note: 'brought a tripod' });
    });
    expect(await db.volunteerFigures.toCollection().primaryKeys()).toEqual(['ada']);
    expect(await summaryOf(db, 'ada')).toMatchObject({ totalHours: 3 });
  });

  it('follows puts, removals and clears of shifts', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) =>
      write.insert('volunteerShifts', [shift('a', 'ada', { hours: 2 })]),
    );
    await runWrite(db, (write) =>
      write.put('volunteerShifts', [
        shift('b', 'ada', { hours: 1 }),
        shift('c', 'ben', { hours: 4 }),
      ]),
    );
    await expect(
      runWrite(db, (write) =>
        write.insert('volunteerShifts', [shift('a', 'ada', { hours: 9 }), shift('d', 'ben')]),
      ),
    ).rejects.toThrow();
    expect(await db.volunteerShifts.count()).toBe(3);
    expect(await summaryOf(db, 'ada')).toMatchObject({ totalHours: 3 });
    expect(await summaryOf(db, 'ben')).toMatchObject({ totalHours: 4 });

    await runWrite(db, (write) => write.remove('volunteerShifts', ['a', 'b']));
    expect(await db.volunteerFigures.get('ada')).toBeUndefined();
    const { stored, rebuilt } = await storedAndRebuilt(db);
    expect(stored).toEqual(rebuilt);

    await runWrite(db, (write) => write.clear('volunteerShifts'));
    expect(await db.volunteerFigures.count()).toBe(0);
    expect(await db.volunteerStandings.count()).toBe(0);
  });

  it('starts afresh from a restore that clears shifts and people and writes them back', async () => {
    const db = freshDatabase();
    await runWrite(db, async (write) => {
      await write.insert('people', [person('ada', 'Ada'), person('ben', 'Ben')]);
      await write.insert('volunteerShifts', [shift('s1', 'ada'), shift('s2', 'ben')]);
    });
    await runWrite(db, async (write) => {
      await write.clear('volunteerShifts');
      await write.clear('people');
      await write.insert('volunteerShifts', [shift('s3', 'ben', { status: 'no-show' })]);
      await write.insert('people', [person('ben', 'Benjamin')]);
    });
    expect(await db.volunteerFigures.toCollection().primaryKeys()).toEqual(['ben']);
    expect(await summaryOf(db, 'ben')).toMatchObject({ totalHours: 0, reliability: 0 });
    expect((await db.volunteerFigures.get('ben'))?.person).toMatchObject({
      displayName: 'Benjamin',
    });

    // People replaced alone: whoever is not written back leaves their record nameless.
    await runWrite(db, async (write) => {
      await write.insert('volunteerShifts', [shift('s4', 'ada')]);
    });
    await runWrite(db, async (write) => {
      await write.clear('people');
      await write.insert('people', [person('ada', 'Ada Lovelace')]);
    });
    expect((await db.volunteerFigures.get('ben'))?.person).toBeNull();
    expect((await db.volunteerFigures.get('ada'))?.person).toMatchObject({
      displayName: 'Ada Lovelace',
    });
    const { stored, rebuilt } = await storedAndRebuilt(db);
    expect(stored).toEqual(rebuilt);
  });

  it('counts a row written together with the clear of its table as new', async () => {
    const db = freshDatabase();
    await runWrite(db, async (write) => {
      await write.insert('people', [person('ada', 'Ada')]);
      await write.insert('volunteerShifts', [shift('s1', 'ada')]);
    });
    // Issued together, they still run in the order called: the clear, then the put of a new row.
    await runWrite(db, async (write) => {
      await Promise.all([
        write.clear('volunteerShifts'),
        write.put('volunteerShifts', [shift('s1', 'ada', { hours: 1 })]),
      ]);
      await Promise.all([write.clear('people'), write.put('people', [person('ada', 'Ada')])]);
    });
    expect(await db.volunteerShifts.count()).toBe(1);
    expect(await summaryOf(db, 'ada')).toMatchObject({ totalHours: 1 });
    expect((await db.volunteerFigures.get('ada'))?.person).toMatchObject({ displayName: 'Ada' });
    const { stored, rebuilt } = await storedAndRebuilt(db);
    expect(stored).toEqual(rebuilt);
  });

  it('rebuilds the sample data to the records and standings its writes keep', async () => {
    const sample = generateSampleData({ seed: 4, people: 80, now: Date.UTC(2026, 0, 1) });
    const [applied, rebuilt] = [freshDatabase(), freshDatabase()];
    const writeSample = (db: HallwayDatabase, derived: 'apply' | 'rebuild') =>
      runWrite(
        db,
        async (write) => {
          await write.insert('volunteerShifts', sample.volunteerShifts);
          await write.insert('people', sample.people);
        },
        { derived },
      );
    await writeSample(applied, 'apply');
    await writeSample(rebuilt, 'rebuild');
    const tables = async (db: HallwayDatabase) => (await storedAndRebuilt(db)).stored;
    const fromRebuild = await tables(rebuilt);
    expect(fromRebuild.volunteerFigures.length).toBeGreaterThan(0);
    expect(fromRebuild.volunteerFigures.every((record) => record.person !== null)).toBe(true);
    expect(await tables(applied)).toEqual(fromRebuild);
  });

  it('rebuilds the person part from the people rows, nameless where there is none', async () => {
    const { tables = {} } = volunteerFiguresModule.rebuild(
      {
        people: [
          person('hanako', '山田 花子', { sortName: 'やまだはなこ', nameReading: 'やまだ はなこ' }),
          person('tom', 'Tom', { sortName: 'tom', deletedAt: 5 }),
          person('ida', 'Ida'),
        ],
        interactions: [],
        introductions: [],
        volunteerShifts: [shift('1', 'hanako'), shift('2', 'tom'), shift('3', 'gone')],
      },
      {},
    );
    const records = new Map(
      (tables.volunteerFigures as { personId: string; person: unknown }[]).map((record) => [
        record.personId,
        record,
      ]),
    );
    expect([...records.keys()].sort()).toEqual(['gone', 'hanako', 'tom']);
    expect(records.get('hanako')).toMatchObject({
      attendedMinutes: 180,
      person: {
        displayName: '山田 花子',
        sortName: 'やまだはなこ',
        nameReading: 'やまだ はなこ',
        trashed: false,
      },
    });
    expect(records.get('tom')?.person).toMatchObject({ displayName: 'Tom', trashed: true });
    expect(records.get('gone')?.person).toBeNull();
  });
});

/** Counts what is read from volunteerFigures: key-only range reads and records read by key. */
function countFigureReads(db: HallwayDatabase) {
  const reads = { keyOnlyQueries: 0, valueQueries: 0, recordsByKey: 0 };
  const counter: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'CountFigureReads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'volunteerFigures') return table;
        return {
          ...table,
          get: (request) => {
            reads.recordsByKey += 1;
            return table.get(request);
          },
          getMany: (request) => {
            reads.recordsByKey += request.keys.length;
            return table.getMany(request);
          },
          query: (request) => {
            if (request.values) reads.valueQueries += 1;
            else reads.keyOnlyQueries += 1;
            return table.query(request);
          },
          openCursor: (request) => {
            reads.valueQueries += 1;
            return table.openCursor(request);
          },
        };
      },
    }),
  };
  db.use(counter);
  return reads;
}

describe('volunteer figures module, on a large write of people', () => {
  // 10,000 rather than an import's 50,000, to keep the run short: the reads counted do not grow
  // with the people written (50,000 take this module about 0.2 s, fake-indexeddb about 28 s).
  it('reads only the records of the volunteers among the people written, after one key-only read', async () => {
    const db = freshDatabase();
    const reads = countFigureReads(db);
    const ids = Array.from({ length: 10_000 }, (_, index) => `p${String(index).padStart(5, '0')}`);
    const volunteers = [ids[10], ids[5_000], ids[9_990]];
    await runWrite(db, (write) =>
      write.insert(
        'volunteerShifts',
        volunteers.map((id, index) => shift(`s${index}`, id)),
      ),
    );
    Object.assign(reads, { keyOnlyQueries: 0, valueQueries: 0, recordsByKey: 0 });
    await runWrite(db, (write) =>
      write.insert('people', [...ids.map((id) => person(id, `Person ${id}`)), person('z', 'Zed')]),
    );
    expect(reads).toEqual({ keyOnlyQueries: 1, valueQueries: 0, recordsByKey: 3 });
    expect((await db.volunteerFigures.get(ids[5_000]))?.person).toMatchObject({
      displayName: `Person ${ids[5_000]}`,
    });
    expect(await db.volunteerFigures.count()).toBe(3);
  }, 60_000);
});
