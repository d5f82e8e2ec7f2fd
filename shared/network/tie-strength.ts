// How strong a tie between two people is, from its evidence (docs/architecture.md, "Network").
// Each piece of evidence has a base strength (a partner more than an acquaintance, an introduction
// that connected more than one merely made, several shared events more than one), weakened as it
// gets old: halved in weight after RECENCY_HALF_LIFE, never below half. Pieces combine like
// independent chances, 1 − Π(1 − s), so more evidence never makes a tie weaker and no tie reaches 1.
import type { IntroductionStatus, RelationshipKind } from '../domain/entities';

const YEAR = 365.25 * 24 * 60 * 60 * 1000;
const RECENCY_HALF_LIFE = 2 * YEAR;
const MIN_STRENGTH = 0.01;

const RELATIONSHIP_STRENGTH: Record<RelationshipKind, number> = {
  partner: 0.95,
  'works-with': 0.85,
  'mentor-of': 0.85,
  'introduced-me-to': 0.8,
  knows: 0.7,
  other: 0.5,
};

/** A relationship that ended (until set) counts for half. */
export function relationshipStrength(kind: RelationshipKind, ended: boolean): number {
  return RELATIONSHIP_STRENGTH[kind] * (ended ? 0.5 : 1);
}

export function introductionStrength(status: IntroductionStatus): number {
  return status === 'connected' ? 0.8 : 0.6;
}

/** Both met by the user at `count` events: one says a little, each more says more. */
export function sharedEventsStrength(count: number): number {
  return Math.min(0.75, 0.3 + 0.15 * (count - 1));
}

/** In [0.5, 1]: 1 for evidence of now (or ongoing), 0.75 after one half-life, towards 0.5. */
export function recency(at: number, now: number): number {
  const age = Math.max(0, now - at);
  return 0.5 + 0.5 * 2 ** (-age / RECENCY_HALF_LIFE);
}

export function combineStrengths(strengths: readonly number[]): number {
  let missing = 1;
  for (const strength of strengths) missing *= 1 - strength;
  return Math.max(MIN_STRENGTH, 1 - missing);
}
