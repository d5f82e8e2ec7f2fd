// Writes of introduction dismissals (docs/architecture.md, "One write path"): suggested
// introductions the user said are not a good match, one row per pair, so the pair never comes
// back; Undo removes the row. The read (isDismissed) is in
// renderer/repositories/introduction-dismissals-repository.
import { pairKey } from '../../../shared/suggestions/introduction-profile';
import type { HallwayDatabase } from '../../db/database';
import { orderedPair } from '../../repositories/introductions-repository';
import { runWrite } from '../run-write';

export async function dismissSuggestedIntroduction(
  db: HallwayDatabase,
  first: string,
  second: string,
  at: number = Date.now(),
): Promise<void> {
  const [aId, bId] = orderedPair(first, second);
  await runWrite(db, (write) =>
    write.put('introductionDismissals', [
      { pairKey: pairKey(aId, bId), aId, bId, dismissedAt: at },
    ]),
  );
}

export async function undoDismissal(
  db: HallwayDatabase,
  first: string,
  second: string,
): Promise<void> {
  await runWrite(db, (write) => write.remove('introductionDismissals', [pairKey(first, second)]));
}
