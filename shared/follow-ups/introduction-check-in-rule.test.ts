import { describe, expect, it } from 'vitest';
import {
  introductionCheckIns,
  unansweredIntroductionOf,
  type MadeIntroduction,
} from './introduction-check-in-rule';
import { zonedCalendar } from './zoned-calendar';

const utc = zonedCalendar('UTC');
const MADE_AT = Date.UTC(2026, 0, 1, 18);

function introduction(fields: Partial<MadeIntroduction> = {}): MadeIntroduction {
  return {
    id: 'intro',
    aId: 'ada',
    bId: 'grace',
    status: 'made',
    statusDates: { idea: MADE_AT - 1000, made: MADE_AT },
    madeAt: MADE_AT,
    outcome: '',
    deletedAt: 0,
    ...fields,
  };
}

const NONE = new Set<string>();

describe('rule 3: check on an introduction', () => {
  it('asks both people, from the day the delay is over', () => {
    expect(introductionCheckIns([introduction()], NONE, utc, 14)).toEqual([
      {
        key: 'intro-check:intro',
        rule: 'intro-check',
        personIds: ['ada', 'grace'],
        dueAt: Date.UTC(2026, 0, 15),
        visibleFrom: Date.UTC(2026, 0, 15),
        introductionId: 'intro',
      },
    ]);
  });

  it('reads madeAt when the status dates lack it, and follows the delay setting', () => {
    const [suggestion] = introductionCheckIns([introduction({ statusDates: {} })], NONE, utc, 7);
    expect(suggestion.dueAt).toBe(Date.UTC(2026, 0, 8));
  });

  it('leaves out introductions with an outcome, in another status, trashed, or with a trashed person', () => {
    expect(
      introductionCheckIns(
        [
          introduction({ outcome: 'They are working together' }),
          introduction({ status: 'connected' }),
          introduction({ deletedAt: 9 }),
          introduction({ statusDates: {}, madeAt: null }),
        ],
        NONE,
        utc,
        14,
      ),
    ).toEqual([]);
    expect(introductionCheckIns([introduction()], new Set(['grace']), utc, 14)).toEqual([]);
  });
});

describe('the queue of introductions awaiting an outcome', () => {
  it('holds a made, live introduction with no outcome, keyed by when it was made', () => {
    expect(unansweredIntroductionOf(introduction({ madeAt: MADE_AT - 5 }))).toEqual({
      ...introduction({ madeAt: MADE_AT - 5 }),
      at: MADE_AT,
    });
    expect(
      unansweredIntroductionOf(introduction({ statusDates: {}, madeAt: MADE_AT - 5 }))?.at,
    ).toBe(MADE_AT - 5);
  });

  it('leaves out every introduction the rule never follows', () => {
    for (const fields of [
      { status: 'asked' as const },
      { status: 'connected' as const },
      { outcome: 'They hired each other' },
      { deletedAt: 9 },
      { statusDates: {}, madeAt: null },
    ]) {
      const left = introduction(fields);
      expect(unansweredIntroductionOf(left)).toBeUndefined();
      expect(introductionCheckIns([left], NONE, utc, 14)).toEqual([]);
    }
  });
});
