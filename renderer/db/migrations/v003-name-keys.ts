// Version 3: people.nameKeys (compacted names and readings, see shared/people/name-match-keys) with
// a multi-entry index, so that "is this a probable duplicate?" asks the index for the few people
// sharing a name key instead of scanning everyone. The keys are a derived field: a database from
// before this version gets them from the rebuild of derived data at start (renderer/data/
// rebuild-derived), not from an upgrade here.
import type { Migration } from './migration';

export const v003NameKeys: Migration = {
  version: 3,
  stores: {
    people:
      'id, displayName, nameReading, company, *interests, *offers, *asks, *emailKeys, *linkKeys, *nameKeys, updatedAt, deletedAt, [deletedAt+sortName], [deletedAt+createdAt], [deletedAt+lastContactAt]',
  },
};
