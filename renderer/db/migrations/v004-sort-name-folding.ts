// Version 4: people.sortName in its collation-friendly form (shared/people/sort-name: Latin
// diacritics and kana voicing folded, the exact text as a tie-break), so that the people list's
// [deletedAt+sortName] index puts Émile among the e's and ごとう before こばやし. No index changes,
// and nothing to move: the sort key is a derived field, recomputed for stored people by the
// rebuild of derived data at start (renderer/data/rebuild-derived).
import type { Migration } from './migration';

export const v004SortNameFolding: Migration = {
  version: 4,
  stores: {},
};
