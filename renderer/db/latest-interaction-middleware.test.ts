import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { INTERACTION_KINDS, type Interaction } from '../../shared/domain/entities';
import {
  latestInteractionRow,
  newestLiveInteraction,
  newestNotedInteraction,
  unansweredMeetingOf,
} from '../../shared/follow-ups/latest-interaction';
import { createEvent } from '../data/writes/events-writes';
import { createPerson } from '../data/writes/people-writes';
import {
  logInteraction,
  trashInteraction,
  updateInteraction,
} from '../data/writes/interactions-writes';
import { HallwayDatabase } from './database';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`latest-interaction-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** latestInteractions as it should be: recomputed from every interaction. */
async function expected(db: HallwayDatabase) {
  const byPerson = new Map<string, Interaction[]>();
  for (const row of await db.interactions.toArray()) {
    byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
  }
  return [...byPerson.values()]
    .flatMap((rows) => {
      const newest = newestLiveInteraction(rows);
      return newest ? [latestInteractionRow(newest, newestNotedInteraction(rows))] : [];
    })
    .sort((a, b) => (a.personId < b.personId ? -1 : 1));
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

const arbitraryInteraction = fc.record({
  id: fc.constantFrom('i1', 'i2', 'i3', 'i4', 'i5'),
  personId: fc.constantFrom('ada', 'grace'),
  at: fc.integer({ min: 0, max: 4 }),
  kind: fc.constantFrom(...INTERACTION_KINDS),
  eventId: fc.option(fc.constant('e1'), { nil: undefined }),
  deletedAt: fc.constantFrom(0, 0, 7),
  note: fc.constantFrom('', '', 'Rust', 'Jobs'),
});

const arbitraryWrite = fc.oneof(
  fc.record({
    type: fc.constant('put' as const),
    rows: fc.array(arbitraryInteraction, { maxLength: 3 }),
  }),
  fc.record({ type: fc.constant('update' as const), row: arbitraryInteraction }),
  fc.record({
    type: fc.constant('note' as const),
    id: fc.constantFrom('i1', 'i2', 'i3', 'i4', 'i5'),
    note: fc.constantFrom('', 'Rust', 'Jobs'),
  }),
  fc.record({
    type: fc.constant('delete' as const),
    ids: fc.array(fc.constantFrom('i1', 'i2', 'i3', 'i4', 'i5'), { maxLength: 2 }),
  }),
  fc.record({ type: fc.constant('deleteRange' as const), below: fc.constantFrom('i2', 'i4') }),
  fc.constant({ type: 'clear' as const }),
);

describe('latestInteractions, kept by the database', () => {
  it('follows the repositories: a newer meeting, a later message, a trashed newest', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    const meetup = await createEvent(db, { name: 'Meetup', startsAt: 100 });
    const met = await logInteraction(db, {
      personId: ada.id,
      at: 100,
      kind: 'met',
      eventId: meetup.id,
    });
    expect(await db.latestInteractions.get(ada.id)).toMatchObject({
      interactionId: met.id,
      meetingAt: 100,
    });
    expect(await db.unansweredMeetings.toArray()).toEqual([
      { at: 100, personId: ada.id, interactionId: met.id, eventId: meetup.id },
    ]);
    const message = await logInteraction(db, { personId: ada.id, at: 200, kind: 'message' });
    expect(await db.unansweredMeetings.count()).toBe(0);
    await trashInteraction(db, message.id);
    expect(await db.latestInteractions.get(ada.id)).toMatchObject({ interactionId: met.id });
    expect(await db.unansweredMeetings.count()).toBe(1);
    await trashInteraction(db, met.id);
    expect(await db.latestInteractions.get(ada.id)).toBeUndefined();
  });

  it('keeps the last note as it is edited, emptied and trashed', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    const older = await logInteraction(db, {
      personId: ada.id,
      at: 100,
      kind: 'call',
      note: 'Rust',
    });
    const newer = await logInteraction(db, {
      personId: ada.id,
      at: 200,
      kind: 'email',
      note: 'Jobs',
    });
    const lastNote = async () => (await db.latestInteractions.get(ada.id))?.lastNote?.text;
    expect(await lastNote()).toBe('Jobs');
    await updateInteraction(db, newer.id, { note: 'Jobs in Kyoto' });
    expect(await lastNote()).toBe('Jobs in Kyoto');
    await updateInteraction(db, newer.id, { note: '' });
    expect(await lastNote()).toBe('Rust');
    await trashInteraction(db, older.id);
    expect(await lastNote()).toBeUndefined();
  });

  it('equals the newest live (and noted) interaction of each person after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryWrite, { maxLength: 8 }), async (writes) => {
        const db = freshDatabase();
        for (const write of writes) {
          if (write.type === 'put') {
            await db.interactions.bulkPut(write.rows.map((row) => interaction(row)));
          } else if (write.type === 'update') {
            const { id, ...changes } = write.row;
            await db.interactions.update(id, changes);
          } else if (write.type === 'note') {
            await db.interactions.update(write.id, { note: write.note });
          } else if (write.type === 'delete') {
            await db.interactions.bulkDelete(write.ids);
          } else if (write.type === 'deleteRange') {
            await db.interactions.where('id').below(write.below).delete();
          } else {
            await db.interactions.clear();
          }
          const latest = await expected(db);
          expect(await db.latestInteractions.toArray()).toEqual(latest);
          expect(await db.unansweredMeetings.toArray()).toEqual(
            latest
              .flatMap((row) => unansweredMeetingOf(row) ?? [])
              .sort((a, b) => a.at - b.at || (a.personId < b.personId ? -1 : 1)),
          );
        }
        await db.delete();
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it("keeps Dexie's transaction zone for the middlewares below it (hooks read it)", async () => {
    const db = freshDatabase();
    const created: string[] = [];
    db.latestInteractions.hook('creating', (personId) => {
      created.push(personId);
    });
    await db.interactions.add(interaction({ id: 'i1', at: 5 }));
    await db.interactions.put(interaction({ id: 'i1', at: 6, kind: 'call' }));
    await db.interactions.where('id').below('i5').delete();
    expect(created).toEqual(['ada']);
    expect(await db.latestInteractions.count()).toBe(0);
  });

  it('leaves the table as it was when the transaction fails', async () => {
    const db = freshDatabase();
    await db.interactions.put(interaction({ id: 'i1', at: 5 }));
    await expect(
      db.transaction('rw', db.interactions, async () => {
        await db.interactions.put(interaction({ id: 'i2', at: 9, kind: 'call' }));
        throw new Error('midway');
      }),
    ).rejects.toThrow('midway');
    expect(await db.latestInteractions.toArray()).toEqual(await expected(db));
    expect(await db.latestInteractions.get('ada')).toMatchObject({ interactionId: 'i1' });
  });
});
