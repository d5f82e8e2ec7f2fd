// Per-query scratch space for the engine: walking the inverted index, it adds up for every
// person reached what their topics can contribute (complementarity and shared interests) and
// which directions of complementarity they match. Typed arrays sized to the community, reused
// from one query to the next, so a query allocates almost nothing.
import type { IntroductionIndex } from './introduction-index';

export const OFFERS_WHAT_PERSON_ASKS = 1;
export const ASKS_WHAT_PERSON_OFFERS = 2;
const REACHED = 4;

export class CandidateAccumulator {
  readonly topicScore: Float64Array;
  readonly directions: Uint8Array;
  readonly touched: Int32Array;
  touchedCount = 0;

  constructor(size: number) {
    this.topicScore = new Float64Array(size);
    this.directions = new Uint8Array(size);
    this.touched = new Int32Array(size);
  }

  reset(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const position = this.touched[i]!;
      this.topicScore[position] = 0;
      this.directions[position] = 0;
    }
    this.touchedCount = 0;
  }

  add(
    holders: readonly number[] | undefined,
    weight: number,
    direction: number,
    skip: number,
  ): void {
    if (!holders) return;
    for (const position of holders) {
      if (position === skip) continue;
      if (this.directions[position] === 0) this.touched[this.touchedCount++] = position;
      this.topicScore[position]! += weight;
      this.directions[position]! |= direction | REACHED;
    }
  }

  /** Adds what `position`'s topics can contribute; common interests only when asked to. */
  collect(index: IntroductionIndex, position: number, withCommonInterests: boolean): void {
    const person = index.profiles[position]!;
    for (const topic of person.asks) {
      this.add(
        index.offerHolders.get(topic),
        1 + index.offerWeight(topic),
        OFFERS_WHAT_PERSON_ASKS,
        position,
      );
    }
    for (const topic of person.offers) {
      this.add(
        index.askHolders.get(topic),
        1 + index.offerWeight(topic),
        ASKS_WHAT_PERSON_OFFERS,
        position,
      );
    }
    for (const topic of person.interests) {
      if (withCommonInterests || !index.commonInterests.has(topic)) {
        this.add(index.interestHolders.get(topic), index.interestWeight(topic), 0, position);
      }
    }
  }

  tierOf(position: number): 0 | 1 | 2 {
    const directions = this.directions[position]!;
    return ((directions & 1) + ((directions >> 1) & 1)) as 0 | 1 | 2;
  }
}
