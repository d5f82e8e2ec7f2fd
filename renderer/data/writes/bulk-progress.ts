// Progress of a bulk write (sample data, restore) as one bar: the rows it writes, then the
// rebuild of the derived data that follows it (run-write, derived: 'rebuild'). The rebuild's size
// is known only once it starts; until then the bar counts the rows it reads at least.
import type { RebuildProgress } from '../rebuild-derived';

export interface BulkProgress {
  /** `count` more rows written. */
  advance(count: number): void;
  onRebuildProgress: RebuildProgress;
}

export function bulkProgress(
  written: number,
  rebuildAtLeast: number,
  onProgress: ((done: number, total: number) => void) | undefined,
): BulkProgress {
  let done = 0;
  let rebuildTotal = rebuildAtLeast;
  return {
    advance(count) {
      done += count;
      onProgress?.(done, written + rebuildTotal);
    },
    onRebuildProgress(rebuilt, total) {
      rebuildTotal = Math.max(rebuildTotal, total);
      onProgress?.(written + rebuilt, written + rebuildTotal);
    },
  };
}
