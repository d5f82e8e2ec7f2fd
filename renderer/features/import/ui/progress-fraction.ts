// How far a step has got, for a progress bar: null (indeterminate) until a total is known.
import type { ImportProgress } from '../../../../shared/import/import-preview';

export function progressFraction(progress: ImportProgress | null): number | null {
  if (!progress || progress.total <= 0) return null;
  return Math.min(1, progress.done / progress.total);
}
