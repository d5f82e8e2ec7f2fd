// Suggested introductions the user said are not a good match: one row per pair, added (never
// overwriting anything else), so the pair never comes back; Undo removes the row.
import { pairKey } from '../../shared/suggestions/introduction-profile';
import type { HallwayDatabase } from '../db/database';
import { orderedPair } from './introductions-repository';

export async function dismissSuggestedIntroduction(
  db: HallwayDatabase,
  first: string,
  second: string,
  at: number = Date.now(),
): Promise<void> {
  const [aId, bId] = orderedPair(first, second);
  await db.introductionDismissals.put({ pairKey: pairKey(aId, bId), aId, bId, dismissedAt: at });
}

export async function undoDismissal(db: HallwayDatabase, first: string, second: string) {
  await db.introductionDismissals.delete(pairKey(first, second));
}

export async function isDismissed(db: HallwayDatabase, first: string, second: string) {
  return (await db.introductionDismissals.get(pairKey(first, second))) !== undefined;
}
