// How well two people fit, and why. One function scores every pair, for the fast path and for
// the naive reference alike, so both agree to the last bit.
// - Complementarity: each topic P looks for that Q offers (and the other way round) counts
//   1 + its rarity weight. The tier says how many directions match: 2 (reciprocal) ranks above
//   1 (one-way), which ranks above 0 (shared interests only), whatever the finer score.
// - Shared interests count their rarity weight 1/ln(1 + df), df = how many people hold the
//   topic as an interest, so a shared rare topic says more than a shared common one.
// - Context adds a little: a shared language, the same city, upcoming events both attend.
// A pair with no topic signal at all is not a suggestion.
// Every weight is a multiple of 2^-20 (context weights too), so a score is the same number
// whatever order its parts are added in: the fast path's bounds and the naive reference compare
// exactly, ties included.
import type { IntroductionProfile } from './introduction-profile';

export const CONTEXT_WEIGHTS = {
  language: 0.1,
  city: 0.25,
  eventEach: 0.25,
  eventMax: 0.5,
} as const;

export interface IntroductionReasons {
  /** Topics the person looks for that the candidate offers. */
  candidateOffers: string[];
  /** Topics the candidate looks for that the person offers. */
  personOffers: string[];
  sharedInterests: string[];
  sharedLanguages: string[];
  sameCity: string | null;
  sharedUpcomingEventIds: string[];
}

export interface PairScore {
  tier: 0 | 1 | 2;
  score: number;
  reasons: IntroductionReasons;
}

export type TopicWeight = (interestTopic: string) => number;

/** Weights are multiples of 2^-20, so sums of them are exact in any order (see header). */
const WEIGHT_GRAIN = 2 ** 20;

export function rarityWeight(documentFrequency: number): number {
  return Math.round(WEIGHT_GRAIN / Math.log(1 + Math.max(1, documentFrequency))) / WEIGHT_GRAIN;
}

/** Both inputs sorted and without duplicates (see normaliseProfile); no allocation when disjoint. */
function intersect(a: readonly string[], b: readonly string[]): string[] {
  let common: string[] | undefined;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      (common ??= []).push(a[i] as string);
      i++;
      j++;
    } else if ((a[i] as string) < (b[j] as string)) i++;
    else j++;
  }
  return common ?? [];
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

/** Topic and context lists sorted and de-duplicated, as scoreIntroduction expects them. */
export function normaliseProfile(profile: IntroductionProfile): IntroductionProfile {
  return {
    id: profile.id,
    interests: sortedUnique(profile.interests),
    offers: sortedUnique(profile.offers),
    asks: sortedUnique(profile.asks),
    languages: sortedUnique(profile.languages),
    location: profile.location,
    upcomingEventIds: sortedUnique(profile.upcomingEventIds),
  };
}

function sameCity(a: string, b: string): string | null {
  const city = a.trim().toLowerCase();
  return city !== '' && city === b.trim().toLowerCase() ? a.trim() : null;
}

/** Profiles must be normalised (normaliseProfile). Null when the pair shares no topic at all. */
export function scoreIntroduction(
  person: IntroductionProfile,
  candidate: IntroductionProfile,
  interestWeight: TopicWeight,
  offerWeight: TopicWeight,
): PairScore | null {
  const candidateOffers = intersect(person.asks, candidate.offers);
  const personOffers = intersect(candidate.asks, person.offers);
  const sharedInterests = intersect(person.interests, candidate.interests);
  if (candidateOffers.length + personOffers.length + sharedInterests.length === 0) return null;
  const reasons: IntroductionReasons = {
    candidateOffers,
    personOffers,
    sharedInterests,
    sharedLanguages: intersect(person.languages, candidate.languages),
    sameCity: sameCity(person.location, candidate.location),
    sharedUpcomingEventIds: intersect(person.upcomingEventIds, candidate.upcomingEventIds),
  };
  let score = 0;
  for (const topic of candidateOffers) score += 1 + offerWeight(topic);
  for (const topic of personOffers) score += 1 + offerWeight(topic);
  for (const topic of sharedInterests) score += interestWeight(topic);
  if (reasons.sharedLanguages.length > 0) score += CONTEXT_WEIGHTS.language;
  if (reasons.sameCity !== null) score += CONTEXT_WEIGHTS.city;
  score += Math.min(
    CONTEXT_WEIGHTS.eventMax,
    reasons.sharedUpcomingEventIds.length * CONTEXT_WEIGHTS.eventEach,
  );
  const tier = ((candidateOffers.length > 0 ? 1 : 0) + (personOffers.length > 0 ? 1 : 0)) as
    0 | 1 | 2;
  return { tier, score, reasons };
}

/** Ranking order: tier, then score, then candidate id (so the order is total and deterministic). */
export function compareRanked(
  a: { tier: number; score: number; candidateId: string },
  b: { tier: number; score: number; candidateId: string },
): number {
  return (
    b.tier - a.tier ||
    b.score - a.score ||
    (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0)
  );
}
