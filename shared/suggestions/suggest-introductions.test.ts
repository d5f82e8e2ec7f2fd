import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIntroductionIndex } from './introduction-index';
import { pairKey, type IntroductionProfile } from './introduction-profile';
import {
  suggestIntroductionsFor,
  suggestIntroductionsForAll,
  suggestIntroductionsNaively,
} from './suggest-introductions';

function profile(id: string, fields: Partial<IntroductionProfile> = {}): IntroductionProfile {
  return {
    id,
    interests: [],
    offers: [],
    asks: [],
    languages: [],
    location: '',
    upcomingEventIds: [],
    ...fields,
  };
}

// Ten people into javascript make it a common topic; elixir is rare.
const crowd = Array.from({ length: 10 }, (_, i) =>
  profile(`crowd-${i}`, { interests: ['javascript'] }),
);
const cast = [
  profile('ana', {
    interests: ['javascript', 'elixir'],
    offers: ['rails-mentoring'],
    asks: ['hiring'],
  }),
  profile('ben', { interests: ['javascript'], offers: ['hiring'], asks: ['rails-mentoring'] }),
  profile('cho', { interests: ['javascript'], offers: ['hiring'] }),
  profile('dev', { interests: ['javascript', 'elixir'] }),
  ...crowd,
];
const index = buildIntroductionIndex(cast, { commonMinimum: 5 });

describe('suggestIntroductionsFor', () => {
  it('ranks a reciprocal offer/ask pair first, then one-way, then a shared rare topic, then common ones', () => {
    const ranked = suggestIntroductionsFor(index, 'ana', { limit: 4 });
    expect(ranked.map((s) => s.candidateId)).toEqual(['ben', 'cho', 'dev', 'crowd-0']);
    expect(ranked.map((s) => s.tier)).toEqual([2, 1, 0, 0]);
    expect(ranked[0]?.reasons).toMatchObject({
      candidateOffers: ['hiring'],
      personOffers: ['rails-mentoring'],
      sharedInterests: ['javascript'],
    });
  });

  it('weights a shared rare topic above a shared common one', () => {
    const [first, second] = suggestIntroductionsFor(index, 'dev', { limit: 2 });
    expect(first?.candidateId).toBe('ana');
    expect(first?.reasons.sharedInterests).toEqual(['elixir', 'javascript']);
    expect(first!.score).toBeGreaterThan(second!.score);
  });

  it('never suggests a pair already introduced or dismissed, nor the person themselves', () => {
    const excludedPairs = new Set([pairKey('ben', 'ana')]);
    const ranked = suggestIntroductionsFor(index, 'ana', { limit: 20, excludedPairs });
    expect(ranked.map((s) => s.candidateId)).not.toContain('ben');
    expect(ranked.map((s) => s.candidateId)).not.toContain('ana');
  });

  it('adds context: the same city and an upcoming event both attend lift an otherwise equal pair', () => {
    const local = buildIntroductionIndex([
      profile('p', { interests: ['go'], location: 'Tokyo', upcomingEventIds: ['e1'] }),
      profile('far', { interests: ['go'], location: 'Berlin' }),
      profile('near', { interests: ['go'], location: 'tokyo ', upcomingEventIds: ['e1'] }),
    ]);
    const [best] = suggestIntroductionsFor(local, 'p', { limit: 1 });
    expect(best).toMatchObject({
      candidateId: 'near',
      reasons: { sameCity: 'Tokyo', sharedUpcomingEventIds: ['e1'] },
    });
  });

  it('suggests nobody for a person with no topics, or an unknown id', () => {
    const lonely = buildIntroductionIndex([
      profile('x', { location: 'Osaka' }),
      profile('y', { location: 'Osaka' }),
    ]);
    expect(suggestIntroductionsFor(lonely, 'x', { limit: 5 })).toEqual([]);
    expect(suggestIntroductionsFor(index, 'nobody', { limit: 5 })).toEqual([]);
  });
});

const topic = fc.constantFrom('go', 'rust', 'elixir', 'js', 'ml', 'design', 'hiring', 'talks');
const topics = fc.uniqueArray(topic, { maxLength: 4 });
const arbitraryProfile = (id: string) =>
  fc.record({
    id: fc.constant(id),
    interests: topics,
    offers: fc.uniqueArray(topic, { maxLength: 2 }),
    asks: fc.uniqueArray(topic, { maxLength: 2 }),
    languages: fc.uniqueArray(fc.constantFrom('en', 'ja', 'de'), { maxLength: 2 }),
    location: fc.constantFrom('', 'Tokyo', 'Berlin'),
    upcomingEventIds: fc.uniqueArray(fc.constantFrom('e1', 'e2'), { maxLength: 2 }),
  });
const community = fc
  .integer({ min: 2, max: 24 })
  .chain((size) =>
    fc.tuple(
      ...Array.from({ length: size }, (_, i) => arbitraryProfile(`p${String(i).padStart(2, '0')}`)),
    ),
  );
const indexOptions = { commonMinimum: 3, commonShare: 0.2 };

// Property runs take seconds; on a busy two-core machine more than the default 5 s.
describe('introduction engine properties', { timeout: 60_000 }, () => {
  it('gives the same top suggestions as the naive all-pairs reference', () => {
    fc.assert(
      fc.property(community, fc.integer({ min: 1, max: 6 }), (people, limit) => {
        const built = buildIntroductionIndex(people, indexOptions);
        const fast = suggestIntroductionsForAll(built, { limit });
        for (const person of people) {
          expect(fast.get(person.id)).toEqual(
            suggestIntroductionsNaively(built, person.id, { limit }),
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never scores below zero and never pairs a person with themselves or an excluded pair', () => {
    fc.assert(
      fc.property(
        community,
        fc.array(fc.tuple(fc.nat(23), fc.nat(23)), { maxLength: 10 }),
        (people, pairs) => {
          const excludedPairs = new Set(
            pairs
              .filter(([a, b]) => a < people.length && b < people.length)
              .map(([a, b]) => pairKey(people[a]!.id, people[b]!.id)),
          );
          const built = buildIntroductionIndex(people, indexOptions);
          for (const suggestions of suggestIntroductionsForAll(built, {
            limit: 10,
            excludedPairs,
          }).values()) {
            for (const s of suggestions) {
              expect(s.score).toBeGreaterThanOrEqual(0);
              expect(s.candidateId).not.toBe(s.personId);
              expect(excludedPairs.has(pairKey(s.personId, s.candidateId))).toBe(false);
            }
          }
        },
      ),
    );
  });

  it("does not change anyone's top suggestions when an unrelated person joins", () => {
    fc.assert(
      fc.property(community, (people) => {
        const before = suggestIntroductionsForAll(buildIntroductionIndex(people, indexOptions), {
          limit: 5,
        });
        const newcomer = profile('zz-newcomer', {
          interests: ['knitting'],
          offers: ['yarn'],
          location: 'Tokyo',
          languages: ['en'],
        });
        const after = suggestIntroductionsForAll(
          buildIntroductionIndex([...people, newcomer], indexOptions),
          { limit: 5 },
        );
        for (const person of people) expect(after.get(person.id)).toEqual(before.get(person.id));
      }),
    );
  });

  it('is deterministic whatever order the people come in', () => {
    fc.assert(
      fc.property(community, (people) => {
        const forward = suggestIntroductionsForAll(buildIntroductionIndex(people, indexOptions), {
          limit: 5,
        });
        const backward = suggestIntroductionsForAll(
          buildIntroductionIndex([...people].reverse(), indexOptions),
          { limit: 5 },
        );
        expect([...backward.entries()].sort()).toEqual([...forward.entries()].sort());
      }),
    );
  });
});
