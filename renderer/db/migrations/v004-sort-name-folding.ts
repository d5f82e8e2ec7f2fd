// Version 4: people.sortName in its collation-friendly form (shared/people/sort-name: Latin
// diacritics and kana voicing folded, the exact text as a tie-break), so that the people list's
// [deletedAt+sortName] index puts Émile among the e's and ごとう before こばやし. No index changes;
// the upgrade recomputes the key of the people already stored. updatedAt stays: the key is
// derived, nothing the user wrote changed.
import type { Person } from '../../../shared/domain/entities';
import { sortNameOf } from '../../../shared/people/sort-name';
import type { Migration } from './migration';

export const v004SortNameFolding: Migration = {
  version: 4,
  stores: {},
  upgrade: async (tx) => {
    await tx
      .table<Person, string>('people')
      .toCollection()
      .modify((person) => {
        person.sortName = sortNameOf(person.nameReading, person.displayName);
      });
  },
};
