import { afterEach, describe, expect, it } from 'vitest';
import type { Interaction } from '../../../shared/domain/entities';
import { eventMeetingOf } from '../../../shared/follow-ups/upcoming-event-rule';
import { generateSampleData } from '../../../shared/sample-data/generate-sample-data';
import type { HallwayDatabase } from '../database';
import { upgradeTo } from './migration-test-harness';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const interaction = (fields: Partial<Interaction> & Pick<Interaction, 'id'>): Interaction => ({
  personId: 'ada',
  at: 1,
  kind: 'met',
  eventId: 'meetup',
  note: '',
  createdAt: 1,
  updatedAt: 1,
  deletedAt: 0,
  ...fields,
});

describe('v009: who was met at each event', () => {
  it('records each person met at an event once, from the interactions version 8 stored', async () => {
    const db = await upgradeTo({
      name: `v009-event-meetings-${crypto.randomUUID()}`,
      version: 9,
      writeBefore: async (previous) => {
        await previous.interactions.bulkAdd([
          interaction({ id: 'a-met', at: 1 }),
          interaction({ id: 'a-met-again', at: 2 }),
          interaction({ id: 'a-call', kind: 'call', eventId: 'kaigi' }),
          interaction({ id: 'g-met', personId: 'grace', eventId: 'kaigi' }),
          interaction({ id: 'g-trashed', personId: 'grace', deletedAt: 5 }),
          interaction({ id: 'b-nowhere', personId: 'ben', eventId: undefined }),
        ]);
      },
    });
    opened.push(db);
    expect(await db.eventMeetings.toArray()).toEqual([
      { eventId: 'kaigi', personId: 'grace' },
      { eventId: 'meetup', personId: 'ada' },
    ]);
  });

  it('reads the interactions page by page, to the last one', async () => {
    const many = Array.from({ length: 10_001 }, (_, index) =>
      interaction({ id: `i${String(index).padStart(5, '0')}`, personId: `p${index}` }),
    );
    const db = await upgradeTo({
      name: `v009-event-meetings-${crypto.randomUUID()}`,
      version: 9,
      writeBefore: async (previous) => {
        await previous.interactions.bulkAdd(many);
      },
    });
    opened.push(db);
    expect(await db.eventMeetings.count()).toBe(many.length);
    expect(await db.eventMeetings.get(['meetup', 'p10000'])).toBeDefined();
  });

  it('gives the sample data the pairs the database then keeps', async () => {
    const sample = generateSampleData({ seed: 4, people: 80, now: Date.UTC(2026, 0, 1) });
    const db = await upgradeTo({
      name: `v009-event-meetings-${crypto.randomUUID()}`,
      version: 9,
      writeBefore: async (previous) => {
        await previous.interactions.bulkPut(sample.interactions);
      },
    });
    opened.push(db);
    const pairs = new Set(
      sample.interactions
        .map((row) => eventMeetingOf(row))
        .filter((meeting) => meeting !== undefined)
        .map((meeting) => `${meeting.eventId} ${meeting.personId}`),
    );
    expect(pairs.size).toBeGreaterThan(0);
    const stored = await db.eventMeetings.toCollection().primaryKeys();
    expect(new Set(stored.map(([eventId, personId]) => `${eventId} ${personId}`))).toEqual(pairs);
    expect(stored).toHaveLength(pairs.size);
  });
});
