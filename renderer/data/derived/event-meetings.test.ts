import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LIVE } from '../../../shared/domain/entities';
import { eventMeetingOf } from '../../../shared/follow-ups/upcoming-event-rule';
import { generateSampleData } from '../../../shared/sample-data/generate-sample-data';
import { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';
import { eventMeetingsModule } from './event-meetings';
import {
  interactionOf,
  checkAfterWritesAtOnce,
  checkAfterWritesInTurn,
} from './random-interaction-writes';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`event-meetings-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

type Pair = { eventId: string; personId: string };
const byKey = (a: Pair, b: Pair) =>
  a.eventId !== b.eventId ? (a.eventId < b.eventId ? -1 : 1) : a.personId < b.personId ? -1 : 1;

const rebuilt = (interactions: Parameters<typeof eventMeetingsModule.rebuild>[0]['interactions']) =>
  [
    ...((eventMeetingsModule.rebuild(
      { people: [], interactions, introductions: [], volunteerShifts: [] },
      {},
    ).tables?.eventMeetings ?? []) as Pair[]),
  ].sort(byKey);

/** The table the module keeps equals what its rebuild computes from the stored interactions. */
async function expectAsRebuilt(db: HallwayDatabase) {
  expect(await db.eventMeetings.toArray()).toEqual(rebuilt(await db.interactions.toArray()));
}

describe('eventMeetings', () => {
  it('follows a meeting logged, moved to another event, trashed, restored', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) =>
      write.insert('interactions', [
        interactionOf({ id: 'met', at: 100, eventId: 'march' }),
        interactionOf({ id: 'again', at: 110, eventId: 'march' }),
        interactionOf({ id: 'call', at: 120, kind: 'call', eventId: 'april' }),
      ]),
    );
    expect(await db.eventMeetings.toArray()).toEqual([{ eventId: 'march', personId: 'ada' }]);
    await runWrite(db, (write) => write.patch('interactions', 'met', { deletedAt: 200 }));
    expect(await db.eventMeetings.count()).toBe(1);
    await runWrite(db, (write) => write.patch('interactions', 'again', { eventId: 'april' }));
    expect(await db.eventMeetings.toArray()).toEqual([{ eventId: 'april', personId: 'ada' }]);
    await runWrite(db, (write) => write.patch('interactions', 'met', { deletedAt: LIVE }));
    expect(await db.eventMeetings.toArray()).toEqual([
      { eventId: 'april', personId: 'ada' },
      { eventId: 'march', personId: 'ada' },
    ]);
    await runWrite(db, (write) => write.remove('interactions', ['met', 'again']));
    expect(await db.eventMeetings.count()).toBe(0);
  });

  it('reads who was met at one event as keys of one range', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) =>
      write.insert('interactions', [
        interactionOf({ id: 'i1', personId: 'ada', eventId: 'e1' }),
        interactionOf({ id: 'i2', personId: 'grace', eventId: 'e1' }),
        interactionOf({ id: 'i3', personId: 'ada', eventId: 'e10' }),
        interactionOf({ id: 'i4', personId: 'ben', eventId: 'e' }),
      ]),
    );
    expect(
      await db.eventMeetings
        .where('[eventId+personId]')
        .between(['e1', Dexie.minKey], ['e1', Dexie.maxKey])
        .primaryKeys(),
    ).toEqual([
      ['e1', 'ada'],
      ['e1', 'grace'],
    ]);
  });

  it('starts afresh from the rows written after the interactions are cleared', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) =>
      write.insert('interactions', [interactionOf({ id: 'i1', eventId: 'e1' })]),
    );
    await runWrite(db, async (write) => {
      await write.clear('interactions');
      await write.insert('interactions', [interactionOf({ id: 'i2', eventId: 'e2' })]);
    });
    expect(await db.eventMeetings.toArray()).toEqual([{ eventId: 'e2', personId: 'ada' }]);
  });

  it('is left as it was when the write fails', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) => write.insert('interactions', [interactionOf({ id: 'i1' })]));
    await expect(
      runWrite(db, async (write) => {
        await write.put('interactions', [interactionOf({ id: 'i1', kind: 'call' })]);
        await write.insert('interactions', [interactionOf({ id: 'i2', personId: 'grace' })]);
        throw new Error('midway');
      }),
    ).rejects.toThrow('midway');
    expect(await db.eventMeetings.toArray()).toEqual([{ eventId: 'e1', personId: 'ada' }]);
  });

  it('rebuild records each person met at an event once, live meetings only', () => {
    expect(
      rebuilt([
        interactionOf({ id: 'a-met', at: 1, eventId: 'meetup' }),
        interactionOf({ id: 'a-met-again', at: 2, eventId: 'meetup' }),
        interactionOf({ id: 'a-call', kind: 'call', eventId: 'kaigi' }),
        interactionOf({ id: 'g-met', personId: 'grace', eventId: 'kaigi' }),
        interactionOf({ id: 'g-trashed', personId: 'grace', deletedAt: 5 }),
        interactionOf({ id: 'b-nowhere', personId: 'ben', eventId: undefined }),
      ]),
    ).toEqual([
      { eventId: 'kaigi', personId: 'grace' },
      { eventId: 'meetup', personId: 'ada' },
    ]);
  });

  it('gives the sample data the pairs its writes keep', async () => {
    const sample = generateSampleData({ seed: 4, people: 80, now: Date.UTC(2026, 0, 1) });
    const pairs = new Set(
      sample.interactions
        .map((row) => eventMeetingOf(row))
        .filter((meeting) => meeting !== undefined)
        .map((meeting) => `${meeting.eventId} ${meeting.personId}`),
    );
    expect(pairs.size).toBeGreaterThan(0);
    const db = freshDatabase();
    await runWrite(db, (write) => write.insert('interactions', sample.interactions));
    const stored = await db.eventMeetings.toCollection().primaryKeys();
    expect(new Set(stored.map(([eventId, personId]) => `${eventId} ${personId}`))).toEqual(pairs);
    expect(stored).toHaveLength(pairs.size);
    await expectAsRebuilt(db);
  });
});

describe('eventMeetings after any writes', () => {
  it(
    'equals what a rebuild computes from the stored interactions',
    () => checkAfterWritesInTurn(freshDatabase, expectAsRebuilt),
    60_000,
  );

  it(
    'equals what a rebuild computes when the writes are issued all at once',
    () => checkAfterWritesAtOnce(freshDatabase, expectAsRebuilt),
    60_000,
  );
});
