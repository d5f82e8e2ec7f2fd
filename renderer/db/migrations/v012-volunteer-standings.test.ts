import { afterEach, describe, expect, it } from 'vitest';
import { generateSampleData } from '../../../shared/sample-data/generate-sample-data';
import { figuresByPerson } from '../../../shared/volunteers/volunteer-figures';
import { allStandings, standingsOf } from '../../../shared/volunteers/volunteer-standings';
import type { HallwayDatabase } from '../database';
import { upgradeTo } from './migration-test-harness';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('v012: volunteer standings', () => {
  it('gathers the standing of every volunteer whose figures the version before stored', async () => {
    const sample = generateSampleData({ seed: 4, people: 80, now: Date.UTC(2026, 0, 1) });
    const db = await upgradeTo({
      name: `v012-volunteer-standings-${crypto.randomUUID()}`,
      version: 12,
      writeBefore: async (previous) => {
        await previous.volunteerShifts.bulkPut(sample.volunteerShifts);
        // The figures as versions 8 to 11 kept them beside the shifts.
        await previous.volunteerFigures.bulkPut(figuresByPerson(sample.volunteerShifts));
      },
    });
    opened.push(db);
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    const stored = (await db.volunteerStandings.toArray()).sort(byKey);
    const expected = standingsOf(figuresByPerson(sample.volunteerShifts)).sort(byKey);
    expect(allStandings(expected).length).toBeGreaterThan(0);
    expect(stored).toEqual(expected);
  });
});
