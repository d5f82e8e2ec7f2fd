import { afterEach, describe, expect, it } from 'vitest';
import type { VolunteerShift } from '../../../shared/domain/entities';
import { personFixture } from '../../../shared/domain/person-fixture';
import type { HallwayDatabase } from '../database';
import { upgradeTo } from './migration-test-harness';

const DAY = 86_400_000;
const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const shift = (id: string, status: VolunteerShift['status'], endsAt: number): VolunteerShift => ({
  id,
  eventId: 'meetup',
  personId: 'ada',
  role: 'Reception',
  startsAt: endsAt - 3 * 3_600_000,
  endsAt,
  status,
  hours: 3,
  note: '',
  createdAt: 1,
  updatedAt: 1,
  deletedAt: 0,
});

describe('v006: keep-in-touch due dates and shift ends indexed', () => {
  it('computes when keeping in touch is due for people written by version 5, and indexes it', async () => {
    const db = await upgradeTo({
      name: `v006-contact-due-${crypto.randomUUID()}`,
      version: 6,
      writeBefore: async (previous) => {
        await previous.people.bulkAdd([
          personFixture({ id: 'contacted', keepInTouchDays: 30, lastContactAt: 100 * DAY }),
          personFixture({ id: 'never', keepInTouchDays: 7, createdAt: 50 * DAY, updatedAt: 42 }),
          personFixture({ id: 'no-cadence', lastContactAt: 10 * DAY }),
          personFixture({ id: 'trashed', keepInTouchDays: 7, deletedAt: 5 }),
        ]);
        await previous.volunteerShifts.bulkAdd([
          shift('attended', 'attended', 20 * DAY),
          shift('no-show', 'no-show', 20 * DAY),
          shift('long-ago', 'attended', DAY),
        ]);
      },
    });
    opened.push(db);

    const due = await db.people
      .where('[deletedAt+nextContactDueAt]')
      .between([0, 1], [0, 200 * DAY])
      .toArray();
    expect(due.map((person) => [person.id, person.nextContactDueAt])).toEqual([
      ['never', 57 * DAY],
      ['contacted', 130 * DAY],
    ]);
    expect(await db.people.get('no-cadence')).not.toHaveProperty('nextContactDueAt');
    expect((await db.people.get('never'))?.updatedAt).toBe(42);
    expect(
      await db.volunteerShifts
        .where('[status+endsAt]')
        .between(['attended', 10 * DAY], ['attended', 30 * DAY])
        .primaryKeys(),
    ).toEqual(['attended']);
  });
});
