import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { INTERACTION_KINDS, type Interaction } from '../../shared/domain/entities';
import { eventMeetingOf } from '../../shared/follow-ups/upcoming-event-rule';
import { createEvent } from '../data/writes/events-writes';
import { createPerson } from '../data/writes/people-writes';
import {
  logInteraction,
  restoreInteraction,
  trashInteraction,
  updateInteraction,
} from '../data/writes/interactions-writes';
import { HallwayDatabase } from './database';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`event-meetings-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** eventMeetings as it should be: recomputed from every interaction, in primary-key order. */
async function expected(db: HallwayDatabase) {
  const pairs = new Map<string, { eventId: string; personId: string }>();
  for (const row of await db.interactions.toArray()) {
    const meeting = eventMeetingOf(row);
    if (meeting) pairs.set(`${meeting.eventId} ${meeting.personId}`, meeting);
  }
  return [...pairs.values()].sort((a, b) =>
    a.eventId !== b.eventId ? (a.eventId < b.eventId ? -1 : 1) : a.personId < b.personId ? -1 : 1,
  );
}

const interaction = (fields: Partial<Interaction> & Pick<Interaction, 'id'>): Interaction => ({
  personId: 'ada',
  at: 1,
  kind: 'met',
  eventId: 'e1',
  note: '',
  createdAt: 1,
  updatedAt: 1,
  deletedAt: 0,
  ...fields,
});

const IDS = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6'];
const arbitraryInteraction = fc.record({
  id: fc.constantFrom(...IDS),
  personId: fc.constantFrom('ada', 'grace'),
  at: fc.integer({ min: 0, max: 4 }),
  kind: fc.constantFrom('met', 'met', ...INTERACTION_KINDS),
  eventId: fc.option(fc.constantFrom('e1', 'e2'), { nil: undefined }),
  deletedAt: fc.constantFrom(0, 0, 7),
});

const arbitraryWrite = fc.oneof(
  fc.record({
    type: fc.constant('put' as const),
    rows: fc.array(arbitraryInteraction, { maxLength: 4 }),
  }),
  fc.record({ type: fc.constant('add' as const), row: arbitraryInteraction }),
  fc.record({ type: fc.constant('update' as const), row: arbitraryInteraction }),
  fc.record({ type: fc.constant('trash' as const), id: fc.constantFrom(...IDS) }),
  fc.record({
    type: fc.constant('delete' as const),
    ids: fc.array(fc.constantFrom(...IDS), { maxLength: 2 }),
  }),
  fc.record({ type: fc.constant('deleteRange' as const), below: fc.constantFrom('i2', 'i4') }),
  fc.constant({ type: 'clear' as const }),
);

describe('eventMeetings, kept by the database', () => {
  it('follows the repositories: a meeting logged, moved to another event, trashed, restored', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    const march = await createEvent(db, { name: 'March meetup', startsAt: 100 });
    const april = await createEvent(db, { name: 'April meetup', startsAt: 200 });
    const met = await logInteraction(db, {
      personId: ada.id,
      at: 100,
      kind: 'met',
      eventId: march.id,
    });
    const again = await logInteraction(db, {
      personId: ada.id,
      at: 110,
      kind: 'met',
      eventId: march.id,
    });
    await logInteraction(db, { personId: ada.id, at: 120, kind: 'call', eventId: april.id });
    expect(await db.eventMeetings.toArray()).toEqual([{ eventId: march.id, personId: ada.id }]);

    await trashInteraction(db, met.id);
    expect(await db.eventMeetings.count()).toBe(1);
    await updateInteraction(db, again.id, { eventId: april.id });
    expect(await db.eventMeetings.toArray()).toEqual([{ eventId: april.id, personId: ada.id }]);
    await restoreInteraction(db, met.id);
    expect(await db.eventMeetings.toArray()).toEqual(await expected(db));
    expect(await db.eventMeetings.count()).toBe(2);
  });

  it('equals the pairs of live meetings at events after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryWrite, { maxLength: 10 }), async (writes) => {
        const db = freshDatabase();
        for (const write of writes) {
          if (write.type === 'put') {
            await db.interactions.bulkPut(write.rows.map((row) => interaction(row)));
          } else if (write.type === 'add') {
            await db.interactions.add(interaction(write.row)).catch(() => undefined);
          } else if (write.type === 'update') {
            const { id, ...changes } = write.row;
            await db.interactions.update(id, changes);
          } else if (write.type === 'trash') {
            await db.interactions.update(write.id, { deletedAt: 9 });
          } else if (write.type === 'delete') {
            await db.interactions.bulkDelete(write.ids);
          } else if (write.type === 'deleteRange') {
            await db.interactions.where('id').below(write.below).delete();
          } else {
            await db.interactions.clear();
          }
          expect(await db.eventMeetings.toArray()).toEqual(await expected(db));
        }
        await db.delete();
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('reads who was met at one event as keys of one range', async () => {
    const db = freshDatabase();
    await db.interactions.bulkPut([
      interaction({ id: 'i1', personId: 'ada', eventId: 'e1' }),
      interaction({ id: 'i2', personId: 'grace', eventId: 'e1' }),
      interaction({ id: 'i3', personId: 'ada', eventId: 'e10' }),
      interaction({ id: 'i4', personId: 'ben', eventId: 'e' }),
    ]);
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

  it("keeps Dexie's transaction zone for the middlewares below it (hooks read it)", async () => {
    const db = freshDatabase();
    const created: string[] = [];
    db.eventMeetings.hook('creating', (_key, meeting) => {
      created.push(meeting.personId);
    });
    await db.interactions.add(interaction({ id: 'i1' }));
    await db.interactions.put(interaction({ id: 'i1', kind: 'call' }));
    await db.interactions.where('id').below('i5').delete();
    expect(created).toEqual(['ada']);
    expect(await db.eventMeetings.count()).toBe(0);
  });

  it('leaves the table as it was when the transaction fails', async () => {
    const db = freshDatabase();
    await db.interactions.put(interaction({ id: 'i1' }));
    await expect(
      db.transaction('rw', db.interactions, async () => {
        await db.interactions.put(interaction({ id: 'i1', kind: 'call' }));
        await db.interactions.put(interaction({ id: 'i2', personId: 'grace' }));
        throw new Error('midway');
      }),
    ).rejects.toThrow('midway');
    expect(await db.eventMeetings.toArray()).toEqual([{ eventId: 'e1', personId: 'ada' }]);
  });
});
