// Introductions worth making for one person, and for everyone, from the inverted index: never
// from all pairs. Candidates are the people who offer what P looks for, look for what P offers,
// or share one of P's non-common interests. A person reached only through common interests can
// score at most `commonBound` (their weights plus every context bonus) and is in tier 0; when
// the top `limit` found so far do not all beat that bound strictly, the common interests' holders
// are scanned too. So the result is exactly the naive all-pairs ranking, only faster.
import type { IntroductionIndex } from './introduction-index';
import { pairKey } from './introduction-profile';
import {
  compareRanked,
  MAX_CONTEXT_SCORE,
  scoreIntroduction,
  type IntroductionReasons,
} from './score-introduction';

export interface IntroductionSuggestion {
  personId: string;
  candidateId: string;
  tier: 0 | 1 | 2;
  score: number;
  reasons: IntroductionReasons;
}

export interface SuggestOptions {
  limit: number;
  /** Pairs already introduced or dismissed, as pairKey(a, b). */
  excludedPairs?: ReadonlySet<string>;
}

class TopSuggestions {
  readonly items: IntroductionSuggestion[] = [];
  constructor(private readonly limit: number) {}

  offer(suggestion: IntroductionSuggestion): void {
    const items = this.items;
    if (items.length === this.limit && compareRanked(suggestion, items[items.length - 1]!) >= 0)
      return;
    let at = items.length;
    while (at > 0 && compareRanked(suggestion, items[at - 1]!) < 0) at--;
    items.splice(at, 0, suggestion);
    if (items.length > this.limit) items.pop();
  }
}

function holdersFrom(
  index: IntroductionIndex,
  position: number,
  includeCommon: boolean,
): Set<number> {
  const person = index.profiles[position]!;
  const reached = new Set<number>();
  const add = (holders: readonly number[] | undefined) => holders?.forEach((h) => reached.add(h));
  for (const topic of person.asks) add(index.offerHolders.get(topic));
  for (const topic of person.offers) add(index.askHolders.get(topic));
  for (const topic of person.interests) {
    if (includeCommon || !index.commonInterests.has(topic)) add(index.interestHolders.get(topic));
  }
  reached.delete(position);
  return reached;
}

function rank(
  index: IntroductionIndex,
  position: number,
  candidates: Iterable<number>,
  options: SuggestOptions,
): TopSuggestions {
  const person = index.profiles[position]!;
  const top = new TopSuggestions(options.limit);
  for (const candidatePosition of candidates) {
    const candidate = index.profiles[candidatePosition]!;
    if (options.excludedPairs?.has(pairKey(person.id, candidate.id))) continue;
    const scored = scoreIntroduction(person, candidate, index.interestWeight, index.offerWeight);
    if (scored) top.offer({ personId: person.id, candidateId: candidate.id, ...scored });
  }
  return top;
}

function commonBound(index: IntroductionIndex, position: number): number {
  let bound = MAX_CONTEXT_SCORE;
  for (const topic of index.profiles[position]!.interests) {
    if (index.commonInterests.has(topic)) bound += index.interestWeight(topic);
  }
  return bound;
}

function beatsEveryUnseen(top: TopSuggestions, limit: number, bound: number): boolean {
  return (
    top.items.length === limit &&
    top.items.every((suggestion) => suggestion.tier > 0 || suggestion.score > bound)
  );
}

function suggestAt(index: IntroductionIndex, position: number, options: SuggestOptions) {
  const person = index.profiles[position]!;
  const hasCommon = person.interests.some((topic) => index.commonInterests.has(topic));
  const top = rank(index, position, holdersFrom(index, position, false), options);
  if (!hasCommon || beatsEveryUnseen(top, options.limit, commonBound(index, position))) {
    return top.items;
  }
  return rank(index, position, holdersFrom(index, position, true), options).items;
}

export function suggestIntroductionsFor(
  index: IntroductionIndex,
  personId: string,
  options: SuggestOptions,
): IntroductionSuggestion[] {
  const position = index.positionById.get(personId);
  return position === undefined || options.limit <= 0 ? [] : suggestAt(index, position, options);
}

export function suggestIntroductionsForAll(
  index: IntroductionIndex,
  options: SuggestOptions,
): Map<string, IntroductionSuggestion[]> {
  const all = new Map<string, IntroductionSuggestion[]>();
  index.profiles.forEach((profile, position) => {
    all.set(profile.id, options.limit <= 0 ? [] : suggestAt(index, position, options));
  });
  return all;
}

/** The reference: every pair scored. For tests and benchmarks only; O(n²). */
export function suggestIntroductionsNaively(
  index: IntroductionIndex,
  personId: string,
  options: SuggestOptions,
): IntroductionSuggestion[] {
  const position = index.positionById.get(personId);
  if (position === undefined || options.limit <= 0) return [];
  const everyoneElse = index.profiles.map((_, p) => p).filter((p) => p !== position);
  return rank(index, position, everyoneElse, options).items;
}
