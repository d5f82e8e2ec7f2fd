// Introductions worth making for one person, and for everyone, from the inverted index: never
// from all pairs. Walking the postings of P's topics adds up, for everyone reached, an upper
// bound of their score; candidates are then scored exactly, best bound first, only until the
// next bound cannot enter the top `limit`. P's common interests (see introduction-index.ts) are
// left out of that walk: anyone reached only through them is in tier 0 and scores at most their
// weights plus the context bonus P can get at all; only when the top found so far does not beat that bound are
// the common interests walked too. The result is exactly the naive all-pairs ranking.
import { CandidateAccumulator } from './candidate-accumulator';
import { CandidateHeap } from './candidate-heap';
import { contextBound, contextBoundWithAnyone } from './context-codes';
import type { IntroductionIndex } from './introduction-index';
import { pairKey } from './introduction-profile';
import { compareRanked, scoreIntroduction, type IntroductionReasons } from './score-introduction';

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

/** Tiers dominate scores: a key is tier × TIER_STEP + score bound. */
const TIER_STEP = 1e6;

class TopSuggestions {
  readonly items: IntroductionSuggestion[] = [];
  constructor(readonly limit: number) {}

  get isFull(): boolean {
    return this.items.length === this.limit;
  }

  get lowestKey(): number {
    const last = this.items[this.items.length - 1]!;
    return last.tier * TIER_STEP + last.score;
  }

  /** Whether a candidate whose key is at most `key` and who sits at `position` cannot get in. */
  shutsOut(index: IntroductionIndex, key: number, position: number): boolean {
    if (!this.isFull) return false;
    const lowest = this.lowestKey;
    if (key !== lowest) return key < lowest;
    return position > index.positionById.get(this.items[this.items.length - 1]!.candidateId)!;
  }

  offer(suggestion: IntroductionSuggestion): void {
    const items = this.items;
    if (this.isFull && compareRanked(suggestion, items[items.length - 1]!) >= 0) return;
    let at = items.length;
    while (at > 0 && compareRanked(suggestion, items[at - 1]!) < 0) at--;
    items.splice(at, 0, suggestion);
    if (items.length > this.limit) items.pop();
  }
}

interface Scratch {
  accumulator: CandidateAccumulator;
  heap: CandidateHeap;
}

const scratchByIndex = new WeakMap<IntroductionIndex, Scratch>();

function scratchFor(index: IntroductionIndex): Scratch {
  let scratch = scratchByIndex.get(index);
  if (!scratch) {
    const size = index.profiles.length;
    scratch = { accumulator: new CandidateAccumulator(size), heap: new CandidateHeap(size) };
    scratchByIndex.set(index, scratch);
  }
  return scratch;
}

function scoreBestBoundsFirst(
  index: IntroductionIndex,
  position: number,
  scratch: Scratch,
  unwalkedBound: number,
  options: SuggestOptions,
): TopSuggestions {
  const { accumulator, heap } = scratch;
  const person = index.profiles[position]!;
  const top = new TopSuggestions(options.limit);
  heap.fill(
    accumulator.touched,
    accumulator.touchedCount,
    (candidate) =>
      accumulator.tierOf(candidate) * TIER_STEP +
      accumulator.topicScore[candidate]! +
      contextBound(index.context, position, candidate) +
      unwalkedBound,
  );
  while (!heap.isEmpty) {
    if (top.shutsOut(index, heap.peekKey(), heap.peekPosition())) break;
    const candidate = index.profiles[heap.pop()]!;
    if (options.excludedPairs?.has(pairKey(person.id, candidate.id))) continue;
    const scored = scoreIntroduction(person, candidate, index.interestWeight, index.offerWeight);
    if (scored) top.offer({ personId: person.id, candidateId: candidate.id, ...scored });
  }
  return top;
}

function suggestAt(
  index: IntroductionIndex,
  position: number,
  options: SuggestOptions,
): IntroductionSuggestion[] {
  const scratch = scratchFor(index);
  let commonWeights = 0;
  for (const topic of index.profiles[position]!.interests) {
    if (index.commonInterests.has(topic)) commonWeights += index.interestWeight(topic);
  }
  scratch.accumulator.reset();
  scratch.accumulator.collect(index, position, false);
  const top = scoreBestBoundsFirst(index, position, scratch, commonWeights, options);
  const unseenBound = commonWeights + contextBoundWithAnyone(index.context, position);
  if (commonWeights === 0 || (top.isFull && top.lowestKey > unseenBound)) return top.items;
  scratch.accumulator.reset();
  scratch.accumulator.collect(index, position, true);
  return scoreBestBoundsFirst(index, position, scratch, 0, options).items;
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
  const person = index.profiles[position]!;
  const top = new TopSuggestions(options.limit);
  index.profiles.forEach((candidate, candidatePosition) => {
    if (candidatePosition === position) return;
    if (options.excludedPairs?.has(pairKey(person.id, candidate.id))) return;
    const scored = scoreIntroduction(person, candidate, index.interestWeight, index.offerWeight);
    if (scored) top.offer({ personId: person.id, candidateId: candidate.id, ...scored });
  });
  return top.items;
}
