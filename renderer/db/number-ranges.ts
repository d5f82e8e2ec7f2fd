// Index ranges "from a number up", bounded at Infinity. Dexie's above() and aboveOrEqual() leave
// the upper end open (Dexie's maxKey), and Chromium then walks far past the last number in the
// index: an empty `deletedAt above 0` over 50,000 people took 33–44 ms, the same range ending at
// Infinity 0.7–1 ms (measured, headless Chromium 156, profile on disk). Numbers end at Infinity,
// so the bound leaves nothing out.
import type { Collection, WhereClause } from 'dexie';

/** Entries whose key is a number greater than `bound`. */
export function numbersAbove<T, TKey, TInsert>(
  clause: WhereClause<T, TKey, TInsert>,
  bound: number,
): Collection<T, TKey, TInsert> {
  return clause.between(bound, Infinity, false, true);
}

/** Entries whose key is a number at least `bound`. */
export function numbersFrom<T, TKey, TInsert>(
  clause: WhereClause<T, TKey, TInsert>,
  bound: number,
): Collection<T, TKey, TInsert> {
  return clause.between(bound, Infinity, true, true);
}
