import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFigures } from './volunteer-figures';
import {
  allStandings,
  STANDINGS_BUCKETS,
  standingsBucket,
  standingsOf,
  updateStandings,
} from './volunteer-standings';

const HOUR = 3_600_000;
const figuresOf = (personId: string, status: 'attended' | 'no-show' | 'confirmed') =>
  computeFigures(personId, [
    {
      personId,
      eventId: `march-${personId}`,
      role: 'photos',
      startsAt: 10 * HOUR,
      endsAt: 12 * HOUR,
      status,
      hours: 2,
      deletedAt: 0,
    },
  ]);

describe('volunteer standings', () => {
  it('keep each person in one bucket, the same every time', () => {
    fc.assert(
      fc.property(fc.string(), (personId) => {
        const bucket = standingsBucket(personId);
        expect(Number.isInteger(bucket) && bucket >= 0 && bucket < STANDINGS_BUCKETS).toBe(true);
        expect(standingsBucket(personId)).toBe(bucket);
      }),
    );
  });

  it('hold what the ranking needs of each volunteer', () => {
    const [standing] = allStandings(standingsOf([figuresOf('ada', 'attended')]));
    expect(standing).toEqual({
      personId: 'ada',
      eventsVolunteered: 1,
      attended: 1,
      noShows: 0,
      confirmedEndsAt: [],
      lastAskedAt: 10 * HOUR,
      attendedByRole: { photos: 1 },
    });
  });

  it('rewrite only the buckets of the volunteers written or removed', () => {
    const ids = Array.from({ length: 40 }, (_, index) => `person-${index}`);
    const stored = standingsOf(ids.map((id) => figuresOf(id, 'attended')));
    expect(stored.length).toBeGreaterThan(2);
    const touched = updateStandings(stored, [figuresOf('person-3', 'no-show')], ['person-7']);
    expect(touched.map((record) => record.key).sort()).toEqual(
      [...new Set([standingsBucket('person-3'), standingsBucket('person-7')])].sort(),
    );
    const after = new Map(
      allStandings([
        ...stored.filter((record) => !touched.some((bucket) => bucket.key === record.key)),
        ...touched,
      ]).map((standing) => [standing.personId, standing]),
    );
    expect(after.size).toBe(39);
    expect(after.has('person-7')).toBe(false);
    expect(after.get('person-3')).toMatchObject({ attended: 0, noShows: 1 });
  });
});
