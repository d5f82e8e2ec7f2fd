import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { SHIFT_STATUSES, type VolunteerShift } from '../../shared/domain/entities';
import { summariseFigures } from '../../shared/volunteers/volunteer-figures';
import { volunteerRecords } from '../../shared/volunteers/volunteer-record';
import { allStandings, standingsOf } from '../../shared/volunteers/volunteer-standings';
import { createEvent } from '../data/writes/events-writes';
import { mergePeople, undoMerge, type MergeUndoToken } from '../data/writes/merge-people-writes';
import {
  createPerson,
  purgePerson,
  restorePerson,
  trashPerson,
  updatePerson,
} from '../data/writes/people-writes';
import {
  createShift,
  restoreShift,
  setShiftStatus,
  trashShift,
  updateShift,
} from '../data/writes/volunteer-shifts-writes';
import { HallwayDatabase } from './database';

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

/** Every volunteer's summary as of `now`, as the stored records give it. */
async function summaries(db: HallwayDatabase, now: number) {
  return (await db.volunteerFigures.toArray()).map((record) => summariseFigures(record, now));
}

const byPerson = (a: { personId: string }, b: { personId: string }) =>
  a.personId < b.personId ? -1 : 1;

/**
 * The stored records and standings, and the same computed from scratch from every shift and
 * person stored.
 */
async function storedAndRecomputed(db: HallwayDatabase) {
  const records = (await db.volunteerFigures.toArray()).sort(byPerson);
  const standings = allStandings(await db.volunteerStandings.toArray()).sort(byPerson);
  const people = new Map((await db.people.toArray()).map((person) => [person.id, person]));
  const recomputed = volunteerRecords(await db.volunteerShifts.toArray(), people).sort(byPerson);
  return {
    stored: { records, standings },
    recomputed: { records: recomputed, standings: allStandings(standingsOf(recomputed)) },
  };
}

async function cast(db: HallwayDatabase) {
  const people = await Promise.all(
    ['Ada', 'Ben', 'Chika'].map((displayName) => createPerson(db, { displayName })),
  );
  const events = await Promise.all(
    ['March', 'April'].map((name, index) =>
      createEvent(db, { name, startsAt: (index + 1) * 100 * HOUR, kind: 'meetup' }),
    ),
  );
  return { personIds: people.map(({ id }) => id), eventIds: events.map(({ id }) => id) };
}

const status = fc.constantFrom(...SHIFT_STATUSES);
const operation = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    person: fc.nat(2),
    event: fc.nat(1),
    role: fc.constantFrom('reception', 'photos'),
    start: fc.integer({ min: 0, max: 40 }),
    length: fc.integer({ min: 0, max: 8 }),
    status,
    hours: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('status' as const), shift: fc.nat(), status }),
  fc.record({
    kind: fc.constant('times' as const),
    shift: fc.nat(),
    end: fc.integer({ min: 0, max: 6 }),
    hours: fc.option(fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }), {
      nil: undefined,
    }),
  }),
  fc.record({ kind: fc.constant('trash' as const), shift: fc.nat() }),
  fc.record({ kind: fc.constant('restore' as const), shift: fc.nat() }),
  fc.record({ kind: fc.constant('merge' as const), kept: fc.nat(2), other: fc.nat(2) }),
  fc.record({ kind: fc.constant('undo-merge' as const) }),
  fc.record({ kind: fc.constant('purge' as const), person: fc.nat(2) }),
  fc.record({
    kind: fc.constant('rename' as const),
    person: fc.nat(2),
    displayName: fc.constantFrom('Ada', 'Ada Lovelace', '山田 花子'),
    nameReading: fc.constantFrom('', 'やまだ はなこ'),
  }),
  fc.record({ kind: fc.constant('trash-person' as const), person: fc.nat(2) }),
  fc.record({ kind: fc.constant('restore-person' as const), person: fc.nat(2) }),
  fc.record({ kind: fc.constant('restore-backup' as const), peopleFirst: fc.boolean() }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

async function apply(
  db: HallwayDatabase,
  ids: { personIds: string[]; eventIds: string[] },
  shiftIds: string[],
  undo: MergeUndoToken[],
  op: Operation,
): Promise<void> {
  const pick = (index: number) => shiftIds[index % shiftIds.length];
  const live = async (personId: string) => (await db.people.get(personId))?.deletedAt === 0;
  switch (op.kind) {
    case 'create': {
      const personId = ids.personIds[op.person];
      if (!(await db.people.get(personId))) return;
      const startsAt = op.start * HOUR;
      const shift = await createShift(db, {
        personId,
        eventId: ids.eventIds[op.event],
        role: op.role,
        startsAt,
        endsAt: startsAt + op.length * HOUR,
        status: op.status,
        hours: op.hours,
      });
      shiftIds.push(shift.id);
      return;
    }
    case 'status':
      if (shiftIds.length > 0 && (await db.volunteerShifts.get(pick(op.shift)))) {
        await setShiftStatus(db, pick(op.shift), op.status);
      }
      return;
    case 'times': {
      const shift = shiftIds.length > 0 ? await db.volunteerShifts.get(pick(op.shift)) : undefined;
      if (shift) {
        await updateShift(db, shift.id, {
          endsAt: shift.startsAt + op.end * HOUR,
          hours: op.hours,
        });
      }
      return;
    }
    case 'trash':
    case 'restore':
      if (shiftIds.length > 0 && (await db.volunteerShifts.get(pick(op.shift)))) {
        await (op.kind === 'trash' ? trashShift : restoreShift)(db, pick(op.shift));
      }
      return;
    case 'merge': {
      const [keptId, otherId] = [ids.personIds[op.kept], ids.personIds[op.other]];
      if (keptId !== otherId && (await live(keptId)) && (await live(otherId))) {
        undo.push(await mergePeople(db, keptId, otherId));
      }
      return;
    }
    case 'undo-merge': {
      const token = undo.pop();
      if (token && (await db.people.get(token.otherId)) && (await db.people.get(token.keptId))) {
        await undoMerge(db, token);
      }
      return;
    }
    case 'purge': {
      const personId = ids.personIds[op.person];
      if (!(await db.people.get(personId))) return;
      await trashPerson(db, personId);
      await purgePerson(db, personId);
      return;
    }
    case 'rename': {
      const personId = ids.personIds[op.person];
      if (await db.people.get(personId)) {
        await updatePerson(db, personId, {
          displayName: op.displayName,
          nameReading: op.nameReading,
        });
      }
      return;
    }
    case 'trash-person':
    case 'restore-person': {
      const personId = ids.personIds[op.person];
      if (await db.people.get(personId)) {
        await (op.kind === 'trash-person' ? trashPerson : restorePerson)(db, personId);
      }
      return;
    }
    case 'restore-backup':
      await restoreEverything(db, op.peopleFirst);
      return;
  }
}

/** What a restore does at this level: clear people and shifts, then write them back. */
async function restoreEverything(db: HallwayDatabase, peopleFirst: boolean): Promise<void> {
  const [people, shifts] = [await db.people.toArray(), await db.volunteerShifts.toArray()];
  await db.transaction('rw', [db.people, db.volunteerShifts], async () => {
    await db.people.clear();
    await db.volunteerShifts.clear();
    if (peopleFirst) await db.people.bulkAdd(people);
    await db.volunteerShifts.bulkAdd(shifts);
    if (!peopleFirst) await db.people.bulkAdd(people);
  });
}

describe('volunteer figures, kept by the database', () => {
  it('equal the records and standings recomputed from the shifts and people after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 14 }), async (ops) => {
        const db = freshDatabase();
        const ids = await cast(db);
        const shiftIds: string[] = [];
        const undo: MergeUndoToken[] = [];
        for (const op of ops) await apply(db, ids, shiftIds, undo, op);
        const { stored, recomputed } = await storedAndRecomputed(db);
        expect(stored).toEqual(recomputed);
        await db.delete();
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('move with a merged person, come back with the undo, and go with a purged one', async () => {
    const db = freshDatabase();
    const { personIds, eventIds } = await cast(db);
    const [ada, ben] = personIds;
    const shiftOf = (personId: string, eventId: string) =>
      createShift(db, {
        personId,
        eventId,
        role: 'reception',
        startsAt: 0,
        endsAt: 3 * HOUR,
        status: 'attended',
      });
    await shiftOf(ada, eventIds[0]);
    await shiftOf(ben, eventIds[1]);

    const token = await mergePeople(db, ada, ben);
    const merged = await summaries(db, 10 * HOUR);
    expect(merged).toEqual([expect.objectContaining({ personId: ada, eventsVolunteered: 2 })]);
    expect(merged[0].totalHours).toBe(6);

    await undoMerge(db, token);
    const unmerged = await summaries(db, 10 * HOUR);
    expect(unmerged.map(({ personId, totalHours }) => [personId, totalHours]).sort()).toEqual(
      [
        [ada, 3],
        [ben, 3],
      ].sort(),
    );

    await trashPerson(db, ben);
    await purgePerson(db, ben);
    expect(await db.volunteerFigures.get(ben)).toBeUndefined();
    expect((await db.volunteerFigures.get(ada))?.attendedMinutes).toBe(180);
  });

  it('name the volunteer from their person row, through renames, the trash and a restore', async () => {
    const db = freshDatabase();
    const { personIds, eventIds } = await cast(db);
    const [ada] = personIds;
    await createShift(db, {
      personId: ada,
      eventId: eventIds[0],
      role: 'mc',
      startsAt: 0,
      endsAt: HOUR,
      status: 'attended',
    });
    const person = async () => (await db.volunteerFigures.get(ada))?.person;
    expect(await person()).toEqual({
      displayName: 'Ada',
      sortName: 'ada',
      nameReading: '',
      trashed: false,
    });

    await updatePerson(db, ada, { displayName: '山田 花子', nameReading: 'やまだ はなこ' });
    expect(await person()).toMatchObject({
      displayName: '山田 花子',
      nameReading: 'やまだ はなこ',
    });
    await trashPerson(db, ada);
    expect(await person()).toMatchObject({ displayName: '山田 花子', trashed: true });
    await restorePerson(db, ada);
    expect(await person()).toMatchObject({ trashed: false });

    const row = (await db.people.get(ada))!;
    await db.people.delete(ada);
    expect(await person()).toBeNull();
    await db.people.put(row);
    expect(await person()).toMatchObject({ displayName: '山田 花子', trashed: false });
  });

  it('follow bulk writes and deletes that bypass the repositories (sample data, restores)', async () => {
    const db = freshDatabase();
    const row = (id: string, personId: string, hours: number): VolunteerShift => ({
      id,
      eventId: 'march',
      personId,
      role: 'photos',
      startsAt: 0,
      endsAt: hours * HOUR,
      status: 'attended',
      hours,
      note: '',
      createdAt: 1,
      updatedAt: 1,
      deletedAt: 0,
    });
    await db.volunteerShifts.add(row('a', 'ada', 2));
    await db.volunteerShifts.bulkPut([row('b', 'ada', 1), row('c', 'ben', 4)]);
    await db.transaction('rw', db.volunteerShifts, async () => {
      const duplicate = db.volunteerShifts.bulkAdd([row('a', 'ada', 9), row('d', 'ben', 1)]);
      await expect(duplicate).rejects.toThrow();
    });
    expect(await db.volunteerShifts.count()).toBe(4);
    expect(summariseFigures((await db.volunteerFigures.get('ada'))!, 0).totalHours).toBe(3);
    expect(summariseFigures((await db.volunteerFigures.get('ben'))!, 0).totalHours).toBe(5);

    await db.volunteerShifts.update('c', { note: 'brought a tripod' });
    await db.volunteerShifts.where('personId').equals('ada').delete();
    expect(await db.volunteerFigures.get('ada')).toBeUndefined();
    const { stored, recomputed } = await storedAndRecomputed(db);
    expect(stored).toEqual(recomputed);
    await db.volunteerShifts.clear();
    expect(await db.volunteerFigures.count()).toBe(0);
  });
});
