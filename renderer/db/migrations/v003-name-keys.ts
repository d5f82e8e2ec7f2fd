// Version 3: people.nameKeys (compacted names and readings, see shared/people/name-match-keys) with
// a multi-entry index, so that "is this a probable duplicate?" asks the index for the few people
// sharing a name key instead of scanning everyone. The upgrade derives the keys of the people
// already stored; from then on every write of a person derives them.
import type { Person } from '../../../shared/domain/entities';
import { nameMatchKeys } from '../../../shared/people/name-match-keys';
import type { Migration } from './migration';

export const v003NameKeys: Migration = {
  version: 3,
  stores: {
    people:
      'id, displayName, nameReading, company, *interests, *offers, *asks, *emailKeys, *linkKeys, *nameKeys, updatedAt, deletedAt, [deletedAt+sortName], [deletedAt+createdAt], [deletedAt+lastContactAt]',
  },
  upgrade: async (tx) => {
    await tx
      .table<Person, string>('people')
      .toCollection()
      .modify((person) => {
        person.nameKeys = nameMatchKeys(person);
      });
  },
};
