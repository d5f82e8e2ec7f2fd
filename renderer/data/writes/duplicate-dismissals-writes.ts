// Writes of duplicate dismissals (docs/architecture.md, "One write path"): pairs from "Find
// duplicates" the user said are not the same person, one row per pair, so the pair is not
// offered again; Undo removes the row. Read by renderer/repositories/duplicate-pairs-repository.
import { duplicatePairKey } from '../../../shared/people/duplicate-pairs';
import type { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';

export async function dismissDuplicatePair(
  db: HallwayDatabase,
  first: string,
  second: string,
  at: number = Date.now(),
): Promise<void> {
  const [aId, bId] = first < second ? [first, second] : [second, first];
  await runWrite(db, (write) =>
    write.put('duplicateDismissals', [
      { pairKey: duplicatePairKey(aId, bId), aId, bId, dismissedAt: at },
    ]),
  );
}

export async function undoDuplicateDismissal(
  db: HallwayDatabase,
  first: string,
  second: string,
): Promise<void> {
  await runWrite(db, (write) =>
    write.remove('duplicateDismissals', [duplicatePairKey(first, second)]),
  );
}
