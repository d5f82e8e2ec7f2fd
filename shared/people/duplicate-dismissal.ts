// A pair from "Find duplicates" the user said is not the same person. Stored additively, one row
// per pair keyed by duplicatePairKey, so the pair is never offered again (Undo removes the row).
export interface DuplicateDismissal {
  /** duplicatePairKey(aId, bId) from shared/people/duplicate-pairs. */
  pairKey: string;
  /** The pair, ordered so that aId < bId. */
  aId: string;
  bId: string;
  dismissedAt: number;
}
