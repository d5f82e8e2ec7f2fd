import { afterEach, describe, expect, it } from 'vitest';
import type { VolunteerShift } from '../../../shared/domain/entities';
import { generateSampleData } from '../../../shared/sample-data/generate-sample-data';
import { figuresByPerson, summariseFigures } from '../../../shared/volunteers/volunteer-figures';
import type { HallwayDatabase } from '../database';
import { upgradeTo } from './migration-test-harness';

const HOUR = 3_600_000;
const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const shift = (
  id: string,
  personId: string,
  status: VolunteerShift['status'],
  deletedAt = 0,
): VolunteerShift => ({
  id,
  eventId: `event-${id}`,
  personId,
  role: 'reception',
  startsAt: 10 * HOUR,
  endsAt: 13 * HOUR,
  status,
  hours: 3,
  note: '',
  createdAt: 1,
  updatedAt: 1,
  deletedAt,
});

describe('v008: volunteer figures', () => {
  it('computes each volunteer’s figures from the shifts written by the version before', async () => {
    const db = await upgradeTo({
      name: `v008-volunteer-figures-${crypto.randomUUID()}`,
      version: 8,
      writeBefore: async (previous) => {
        await previous.volunteerShifts.bulkAdd([
          shift('1', 'ada', 'attended'),
          shift('2', 'ada', 'no-show'),
          shift('3', 'ada', 'attended', 99),
          shift('4', 'ben', 'invited'),
          shift('5', 'chika', 'confirmed', 99),
        ]);
      },
    });
    opened.push(db);
    expect((await db.volunteerFigures.toCollection().primaryKeys()).sort()).toEqual(['ada', 'ben']);
    const ada = await db.volunteerFigures.get('ada');
    expect(summariseFigures(ada!, 20 * HOUR)).toMatchObject({
      eventsVolunteered: 1,
      totalHours: 3,
      reliability: 0.5,
    });
  });

  it('gives the sample data the figures the database then keeps', async () => {
    const sample = generateSampleData({ seed: 4, people: 80, now: Date.UTC(2026, 0, 1) });
    const db = await upgradeTo({
      name: `v008-volunteer-figures-${crypto.randomUUID()}`,
      version: 8,
      writeBefore: async (previous) => {
        await previous.volunteerShifts.bulkPut(sample.volunteerShifts);
      },
    });
    opened.push(db);
    expect(await db.volunteerFigures.toArray()).toEqual(
      expect.arrayContaining(figuresByPerson(sample.volunteerShifts)),
    );
    expect(await db.volunteerFigures.count()).toBe(figuresByPerson(sample.volunteerShifts).length);
  });
});
