import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEK_MS, rangeByWeeks, weekCountChanges, weekOf } from './queue-week-counts';

const DAY = 86_400_000;
const arbitraryValue = fc.integer({ min: -30 * DAY, max: 30 * DAY });
const arbitraryBound = fc.oneof(
  arbitraryValue,
  fc.integer({ min: -5, max: 5 }).map((week) => week * WEEK_MS),
  fc.constantFrom(-Infinity, Infinity),
);
const within = (value: number, [from, until]: readonly [number, number]) =>
  value >= from && value < until;

describe('counting a queue by week', () => {
  it('counts any range as its whole weeks plus the rest of it counted directly', () => {
    fc.assert(
      fc.property(fc.array(arbitraryValue), arbitraryBound, arbitraryBound, (values, a, b) => {
        const range = [Math.min(a, b), Math.max(a, b)] as const;
        const perWeek = weekCountChanges([], values);
        const { weeks, partial } = rangeByWeeks(range);
        let counted = 0;
        if (weeks) {
          for (const [week, count] of perWeek) if (within(week, weeks)) counted += count;
          for (const part of partial) expect(part[1] - part[0]).toBeLessThan(WEEK_MS);
        }
        for (const part of partial) counted += values.filter((v) => within(v, part)).length;
        expect(counted).toBe(values.filter((value) => within(value, range)).length);
      }),
    );
  });

  it('reads the whole weeks of a long range from the counts and only its ends from the queue', () => {
    expect(rangeByWeeks([-Infinity, 10.5 * WEEK_MS])).toEqual({
      weeks: [-Infinity, 10],
      partial: [[10 * WEEK_MS, 10.5 * WEEK_MS]],
    });
    expect(rangeByWeeks([2.25 * WEEK_MS, 3.5 * WEEK_MS])).toEqual({
      weeks: undefined,
      partial: [[2.25 * WEEK_MS, 3.5 * WEEK_MS]],
    });
    expect(rangeByWeeks([5, 5])).toEqual({ weeks: undefined, partial: [] });
  });

  it('nets out a row removed and put back in the same week', () => {
    expect(weekCountChanges([WEEK_MS + 5, 3 * WEEK_MS], [WEEK_MS + DAY, 4 * WEEK_MS])).toEqual(
      new Map([
        [3, -1],
        [4, 1],
      ]),
    );
    expect(weekOf(-1)).toBe(-1);
  });
});
