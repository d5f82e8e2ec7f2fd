import { afterEach, describe, expect, it } from 'vitest';
import type { HallwayEvent, Interaction } from '../../../shared/domain/entities';
import { personFixture } from '../../../shared/domain/person-fixture';
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

const event = (id: string, series: string, startsAt: number): HallwayEvent => ({
  id,
  name: id,
  kind: 'meetup',
  series,
  startsAt,
  endsAt: startsAt + 3_600_000,
  myRole: '',
  location: '',
  url: '',
  notes: '',
  createdAt: 1,
  updatedAt: 1,
  deletedAt: 0,
});

describe('v007: the Today view reads small rows kept on write', () => {
  it('fills contactDue and latestInteractions from what version 6 stored', async () => {
    const db = await upgradeTo({
      name: `v007-follow-up-tables-${crypto.randomUUID()}`,
      version: 7,
      writeBefore: async (previous) => {
        // With the due dates version 6 stored on them.
        await previous.people.bulkAdd([
          personFixture({
            id: 'ada',
            keepInTouchDays: 30,
            lastContactAt: 3 * DAY,
            nextContactDueAt: 33 * DAY,
          }),
          personFixture({ id: 'grace', lastContactAt: 2 * DAY }),
          personFixture({
            id: 'trashed',
            keepInTouchDays: 7,
            deletedAt: 5,
            nextContactDueAt: 7 * DAY,
          }),
        ]);
        await previous.interactions.bulkAdd([
          interaction({ id: 'a-met', at: 3 * DAY }),
          interaction({ id: 'a-old', at: DAY, kind: 'call', eventId: undefined }),
          interaction({ id: 'g-met', personId: 'grace', at: 2 * DAY }),
          interaction({ id: 'g-mail', personId: 'grace', at: 2 * DAY, kind: 'email' }),
          interaction({ id: 'g-trashed', personId: 'grace', at: 9 * DAY, deletedAt: 10 }),
        ]);
        await previous.events.bulkAdd([
          event('one', 'Tokyo Rust', DAY),
          event('two', 'Tokyo Rust', 2 * DAY),
          event('other', 'Kaigi', 3 * DAY),
        ]);
      },
    });
    opened.push(db);

    expect(await db.contactDue.toArray()).toEqual([{ personId: 'ada', dueAt: 33 * DAY }]);
    expect(await db.latestInteractions.toArray()).toEqual([
      {
        personId: 'ada',
        interactionId: 'a-met',
        at: 3 * DAY,
        kind: 'met',
        eventId: 'meetup',
        meetingAt: 3 * DAY,
      },
      { personId: 'grace', interactionId: 'g-mail', at: 2 * DAY, kind: 'email', eventId: 'meetup' },
    ]);
    expect(
      await db.events
        .where('[series+startsAt]')
        .between(['Tokyo Rust', -Infinity], ['Tokyo Rust', Infinity])
        .primaryKeys(),
    ).toEqual(['one', 'two']);
  });
});
