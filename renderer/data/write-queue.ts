// All writes to one database run one at a time, in the order they were asked for (the way Actual
// serializes its mutators): a write reads the latest stored rows and writes its changes before the
// next one reads anything, so two fast edits can never interleave and lose one another. A failed
// write does not stop the ones queued behind it.
import type { HallwayDatabase } from '../db/database';

const tails = new WeakMap<HallwayDatabase, Promise<unknown>>();

export function enqueueWrite<T>(db: HallwayDatabase, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(db) ?? Promise.resolve();
  const next = previous.then(task, task);
  tails.set(
    db,
    next.catch(() => undefined),
  );
  return next;
}

/** Resolves once every write asked for so far has finished (successfully or not). */
export function writesSettled(db: HallwayDatabase): Promise<void> {
  return (tails.get(db) ?? Promise.resolve()).then(() => undefined);
}
