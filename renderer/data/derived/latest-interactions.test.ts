import { afterEach, describe, expect, it } from 'vitest';
import { LIVE } from '../../../shared/domain/entities';
import { personFixture } from '../../../shared/domain/person-fixture';
import { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';
import { latestInteractionsModule } from './latest-interactions';
import { personFieldsModule } from './person-fields';
import { queueWeekCountsModule } from './queue-week-counts';
import {
  DAY,
  interactionOf,
  checkAfterWritesAtOnce,
  checkAfterWritesInTurn,
} from './random-interaction-writes';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`latest-interactions-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const byPersonId = (a: { personId: string }, b: { personId: string }) =>
  a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0;
const byKey = (a: { at: number; personId: string }, b: { at: number; personId: string }) =>
  a.at - b.at || byPersonId(a, b);

const meetingWeekCounts = async (db: HallwayDatabase) =>
  (await db.queueWeekCounts.toArray()).filter(({ queue }) => queue === 'unansweredMeetings');

/**
 * What the module keeps equals what its rebuild computes from the stored sources: both tables,
 * every person's lastContactAt (and the contact due date derived from it) and the week counts.
 */
async function expectAsRebuilt(db: HallwayDatabase) {
  const sources = {
    people: await db.people.toArray(),
    interactions: await db.interactions.toArray(),
    introductions: [],
    volunteerShifts: [],
  };
  const { tables = {}, people = [] } = latestInteractionsModule.rebuild(sources, {});
  expect(people, 'people whose lastContactAt is not their newest interaction').toEqual([]);
  expect(personFieldsModule.rebuild(sources, {}).people).toEqual([]);
  expect(await db.latestInteractions.toArray()).toEqual(
    [...(tables.latestInteractions as { personId: string }[])].sort(byPersonId),
  );
  const meetings = [...(tables.unansweredMeetings as { at: number; personId: string }[])];
  expect(await db.unansweredMeetings.toArray()).toEqual(meetings.sort(byKey));
  const counts = queueWeekCountsModule.rebuild(sources, { unansweredMeetings: meetings }).tables;
  expect(await meetingWeekCounts(db)).toEqual(counts?.queueWeekCounts);
}

describe('latestInteractions and unansweredMeetings', () => {
  it('follow a newer meeting, a later message, a trashed newest', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) => write.insert('people', [personFixture({ id: 'ada' })]));
    await runWrite(db, (write) =>
      write.insert('interactions', [interactionOf({ id: 'met', at: 100, eventId: 'meetup' })]),
    );
    expect(await db.latestInteractions.get('ada')).toMatchObject({
      interactionId: 'met',
      meetingAt: 100,
    });
    expect(await db.unansweredMeetings.toArray()).toEqual([
      { at: 100, personId: 'ada', interactionId: 'met', eventId: 'meetup' },
    ]);
    expect(await meetingWeekCounts(db)).toEqual([
      { queue: 'unansweredMeetings', week: 0, count: 1 },
    ]);
    await runWrite(db, (write) =>
      write.insert('interactions', [
        interactionOf({ id: 'message', at: 200, kind: 'message', eventId: undefined }),
      ]),
    );
    expect(await db.unansweredMeetings.count()).toBe(0);
    expect(await meetingWeekCounts(db)).toEqual([]);
    await runWrite(db, (write) => write.patch('interactions', 'message', { deletedAt: 300 }));
    expect(await db.latestInteractions.get('ada')).toMatchObject({ interactionId: 'met' });
    expect(await db.unansweredMeetings.count()).toBe(1);
    await runWrite(db, (write) => write.patch('interactions', 'met', { deletedAt: 300 }));
    expect(await db.latestInteractions.get('ada')).toBeUndefined();
    expect(await db.unansweredMeetings.count()).toBe(0);
  });

  it('replace a meeting by one at the same time, which has the same key', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) =>
      write.insert('interactions', [interactionOf({ id: 'i1', at: DAY, eventId: 'e1' })]),
    );
    // At the same instant the larger id is the newer.
    await runWrite(db, (write) =>
      write.insert('interactions', [interactionOf({ id: 'i2', at: DAY, eventId: 'e2' })]),
    );
    expect(await db.unansweredMeetings.toArray()).toEqual([
      { at: DAY, personId: 'ada', interactionId: 'i2', eventId: 'e2' },
    ]);
    await runWrite(db, (write) => write.patch('interactions', 'i2', { eventId: 'e3' }));
    expect(await db.unansweredMeetings.toArray()).toEqual([
      { at: DAY, personId: 'ada', interactionId: 'i2', eventId: 'e3' },
    ]);
    await expectAsRebuilt(db);
  });

  it('keep the last note as it is edited, emptied and trashed', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) =>
      write.insert('interactions', [
        interactionOf({ id: 'older', at: 100, kind: 'call', note: 'Rust' }),
        interactionOf({ id: 'newer', at: 200, kind: 'email', note: 'Jobs' }),
      ]),
    );
    const lastNote = async () => (await db.latestInteractions.get('ada'))?.lastNote?.text;
    expect(await lastNote()).toBe('Jobs');
    await runWrite(db, (write) => write.patch('interactions', 'newer', { note: 'Jobs in Kyoto' }));
    expect(await lastNote()).toBe('Jobs in Kyoto');
    await runWrite(db, (write) => write.patch('interactions', 'newer', { note: '' }));
    expect(await lastNote()).toBe('Rust');
    await runWrite(db, (write) => write.patch('interactions', 'older', { deletedAt: 300 }));
    expect(await lastNote()).toBeUndefined();
    expect(await db.latestInteractions.get('ada')).toMatchObject({ interactionId: 'newer' });
  });

  it('are left as they were when the write fails', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) =>
      write.insert('interactions', [interactionOf({ id: 'i1', at: 5 })]),
    );
    await expect(
      runWrite(db, async (write) => {
        await write.insert('interactions', [interactionOf({ id: 'i2', at: 9, kind: 'call' })]);
        throw new Error('midway');
      }),
    ).rejects.toThrow('midway');
    expect(await db.latestInteractions.get('ada')).toMatchObject({ interactionId: 'i1' });
    await expectAsRebuilt(db);
  });

  it("rebuild finds each person's newest, their last note and who was met with nothing since", () => {
    const interactions = [
      interactionOf({ id: 'a-met', at: 3 * DAY, eventId: 'meetup' }),
      interactionOf({ id: 'a-call', at: 2 * DAY, kind: 'call', eventId: undefined, note: 'Rust' }),
      interactionOf({ id: 'b-met', personId: 'ben', at: 2 * DAY }),
      interactionOf({ id: 'b-mail', personId: 'ben', at: 4 * DAY, kind: 'email' }),
      interactionOf({ id: 'g-met', personId: 'grace', at: DAY, eventId: 'party' }),
      interactionOf({ id: 'g-trashed', personId: 'grace', at: 5 * DAY, deletedAt: 9 }),
    ];
    const { tables = {} } = latestInteractionsModule.rebuild(
      { people: [], interactions, introductions: [], volunteerShifts: [] },
      {},
    );
    const latest = tables.latestInteractions as { personId: string }[];
    expect([...(tables.unansweredMeetings ?? [])].sort(byKey as never)).toEqual([
      { at: DAY, personId: 'grace', interactionId: 'g-met', eventId: 'party' },
      { at: 3 * DAY, personId: 'ada', interactionId: 'a-met', eventId: 'meetup' },
    ]);
    expect(latest.find(({ personId }) => personId === 'ada')).toMatchObject({
      lastNote: { interactionId: 'a-call', at: 2 * DAY, kind: 'call', text: 'Rust' },
    });
    expect(latest.find(({ personId }) => personId === 'ben')).not.toHaveProperty('lastNote');
  });
});

describe('lastContactAt', () => {
  const person = (db: HallwayDatabase, id = 'ada') => db.people.get(id);

  it("is the newest live interaction's time, 0 when none, and the contact due date follows it", async () => {
    const db = freshDatabase();
    await runWrite(db, (write) =>
      write.insert('people', [personFixture({ id: 'ada', keepInTouchDays: 30 })]),
    );
    await runWrite(db, (write) =>
      write.insert('interactions', [interactionOf({ id: 'first', at: 10 * DAY })]),
    );
    expect(await person(db)).toMatchObject({
      lastContactAt: 10 * DAY,
      nextContactDueAt: 40 * DAY,
      // A derived field: the person was not edited.
      updatedAt: 1,
    });
    await runWrite(db, (write) =>
      write.insert('interactions', [interactionOf({ id: 'older', at: 5 * DAY })]),
    );
    expect((await person(db))?.lastContactAt).toBe(10 * DAY);
    await runWrite(db, (write) => write.patch('interactions', 'first', { at: 2 * DAY }));
    expect((await person(db))?.lastContactAt).toBe(5 * DAY);
    await runWrite(db, (write) => write.patch('interactions', 'older', { deletedAt: 99 }));
    expect((await person(db))?.lastContactAt).toBe(2 * DAY);
    await runWrite(db, (write) => write.patch('interactions', 'older', { deletedAt: LIVE }));
    expect((await person(db))?.lastContactAt).toBe(5 * DAY);
    await runWrite(db, (write) => write.remove('interactions', ['first', 'older']));
    expect(await person(db)).toMatchObject({ lastContactAt: 0, updatedAt: 1 });
    await expectAsRebuilt(db);
  });

  it('is set on a person written after their interactions, whatever the row held', async () => {
    const db = freshDatabase();
    await runWrite(db, async (write) => {
      await write.insert('interactions', [interactionOf({ id: 'i1', at: 8 * DAY })]);
      await write.insert('people', [personFixture({ id: 'ada', lastContactAt: 3 * DAY })]);
    });
    expect((await person(db))?.lastContactAt).toBe(8 * DAY);
    // A whole row from an older copy, then a patch: the derived value stands.
    await runWrite(db, (write) =>
      write.put('people', [personFixture({ id: 'ada', lastContactAt: 0, notes: 'Met twice' })]),
    );
    expect(await person(db)).toMatchObject({ lastContactAt: 8 * DAY, notes: 'Met twice' });
    await runWrite(db, (write) => write.patch('people', 'ada', { lastContactAt: 1 }));
    expect((await person(db))?.lastContactAt).toBe(8 * DAY);
  });

  it('has no row to set for a person purged with their interactions', async () => {
    const db = freshDatabase();
    await runWrite(db, async (write) => {
      await write.insert('people', [personFixture({ id: 'ada' }), personFixture({ id: 'ben' })]);
      await write.insert('interactions', [
        interactionOf({ id: 'a1', at: 4 * DAY }),
        interactionOf({ id: 'b1', personId: 'ben', at: 6 * DAY }),
      ]);
    });
    await runWrite(db, async (write) => {
      await write.remove('people', ['ada']);
      await write.patch('interactions', 'a1', { at: 5 * DAY });
      await write.remove('interactions', ['b1']);
    });
    expect(await person(db)).toBeUndefined();
    expect(await person(db, 'ben')).toMatchObject({ lastContactAt: 0 });
    await expectAsRebuilt(db);
  });
});

describe('a write that clears the interactions (a restore)', () => {
  it('starts both tables afresh from the rows written after the clear', async () => {
    const db = freshDatabase();
    await runWrite(db, async (write) => {
      await write.insert('people', [personFixture({ id: 'ada' }), personFixture({ id: 'ben' })]);
      await write.insert('interactions', [
        interactionOf({ id: 'a1', at: 4 * DAY }),
        interactionOf({ id: 'b1', personId: 'ben', at: 11 * DAY }),
      ]);
    });
    await runWrite(db, async (write) => {
      await write.clear('interactions');
      await write.insert('interactions', [interactionOf({ id: 'a2', at: 9 * DAY, note: 'Hi' })]);
    });
    expect(await db.latestInteractions.toArray()).toEqual([
      expect.objectContaining({
        personId: 'ada',
        interactionId: 'a2',
        lastNote: expect.anything(),
      }),
    ]);
    expect(await db.unansweredMeetings.toArray()).toEqual([
      { at: 9 * DAY, personId: 'ada', interactionId: 'a2', eventId: 'e1' },
    ]);
    expect((await db.people.get('ben'))?.lastContactAt).toBe(0);
    await expectAsRebuilt(db);
  });
});

describe('after any writes', () => {
  it(
    'equal what a rebuild computes from the stored interactions and people',
    () => checkAfterWritesInTurn(freshDatabase, expectAsRebuilt),
    60_000,
  );

  it(
    'equal what a rebuild computes when the writes are issued all at once',
    () => checkAfterWritesAtOnce(freshDatabase, expectAsRebuilt),
    60_000,
  );
});
