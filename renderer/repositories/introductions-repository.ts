// Reads of introductions: one row per pair, stored ordered (aId < bId). The writes are in
// renderer/data/writes/introductions-writes.
import type { Introduction } from '../../shared/domain/entities';
import type { HallwayDatabase } from '../db/database';

/** The stored order of a pair: the smaller id first. */
export function orderedPair(first: string, second: string): [aId: string, bId: string] {
  return first < second ? [first, second] : [second, first];
}

export function findIntroduction(
  db: HallwayDatabase,
  first: string,
  second: string,
): Promise<Introduction | undefined> {
  return db.introductions.where('[aId+bId]').equals(orderedPair(first, second)).first();
}
