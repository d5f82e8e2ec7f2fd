import { afterEach, describe, expect, it } from 'vitest';
import type { Interaction } from '../../../shared/domain/entities';
import { personFixture } from '../../../shared/domain/person-fixture';
import { latestInteractionRow } from '../../../shared/follow-ups/latest-interaction';
import type { HallwayDatabase } from '../database';
import { upgradeTo } from './migration-test-harness';

const DAY = 86_400_000;
const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const interaction = (fields: Partial<Interaction> & Pick<Interaction, 'id'>): Interaction => ({
  personId: 'ada',
  at: DAY,
  kind: 'met',
  eventId: 'meetup',
  note: '',
  createdAt: 1,
  updatedAt: 1,
  deletedAt: 0,
  ...fields,
});

describe('v011: the Today queues', () => {
  it('orders what version 10 kept by date (due contacts, people met with nothing since) and finds last notes', async () => {
    const db = await upgradeTo({
      name: `v011-today-queues-${crypto.randomUUID()}`,
      version: 11,
      writeBefore: async (previous) => {
        await previous.people.bulkAdd([
          personFixture({ id: 'ada', keepInTouchDays: 30, lastContactAt: 3 * DAY }),
          personFixture({ id: 'ben', keepInTouchDays: 7, lastContactAt: 2 * DAY }),
          personFixture({ id: 'grace' }),
        ]);
        const newest = {
          ada: interaction({ id: 'a-met', at: 3 * DAY }),
          ben: interaction({ id: 'b-mail', personId: 'ben', at: 4 * DAY, kind: 'email' }),
          grace: interaction({ id: 'g-met', personId: 'grace', at: DAY, eventId: 'party' }),
        };
        await previous.interactions.bulkAdd([
          ...Object.values(newest),
          interaction({
            id: 'a-call',
            at: 2 * DAY,
            kind: 'call',
            eventId: undefined,
            note: 'Rust',
          }),
          interaction({ id: 'b-met', personId: 'ben', at: 2 * DAY }),
        ]);
        // What version 10 kept on write: each person's newest, no note yet.
        await previous.latestInteractions.bulkAdd(
          Object.values(newest).map((row) => latestInteractionRow(row)),
        );
      },
    });
    opened.push(db);
    expect(await db.contactDueByDate.toArray()).toEqual([
      { personId: 'ben', dueAt: 9 * DAY },
      { personId: 'ada', dueAt: 33 * DAY },
    ]);
    expect(await db.unansweredMeetings.toArray()).toEqual([
      { at: DAY, personId: 'grace', interactionId: 'g-met', eventId: 'party' },
      { at: 3 * DAY, personId: 'ada', interactionId: 'a-met', eventId: 'meetup' },
    ]);
    expect((await db.latestInteractions.get('ada'))?.lastNote).toEqual({
      interactionId: 'a-call',
      at: 2 * DAY,
      kind: 'call',
      text: 'Rust',
    });
    expect(await db.latestInteractions.get('ben')).not.toHaveProperty('lastNote');
  });
});
