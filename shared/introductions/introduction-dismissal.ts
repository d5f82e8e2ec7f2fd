// A suggested introduction the user said is not a good match. Stored additively, one row per
// pair keyed like the engine's excluded pairs (pairKey), so a dismissed pair never comes back.
export interface IntroductionDismissal {
  /** pairKey(aId, bId) from shared/suggestions. */
  pairKey: string;
  /** The pair, ordered so that aId < bId, as introductions store it. */
  aId: string;
  bId: string;
  dismissedAt: number;
}
