// Version 15: the one write path (docs/architecture.md). `changes` is the local change feed (an
// auto-incremented sequence number: local bookkeeping, never synced, so the rule against ++ keys
// for user data does not apply); `localState` holds the derived data's format and the feed
// readers' positions. No data to move: derived data is rebuilt at the first start, not migrated.
// The indexes no query reads are dropped (docs/indexes.md: every index costs on every write of its
// table, a multi-entry one once per value): people.nameReading; every updatedAt (readers follow
// the change feed now); followUps.dueAt, status and [status+dueAt]; introductionDismissals.aId
// and bId.
import type { Migration } from './migration';

export const v015ChangeFeed: Migration = {
  version: 15,
  stores: {
    changes: '++seq',
    localState: 'key',
    people:
      'id, displayName, company, *interests, *offers, *asks, *emailKeys, *linkKeys, *nameKeys, deletedAt, [deletedAt+sortName], [deletedAt+createdAt], [deletedAt+lastContactAt]',
    events: 'id, startsAt, series, name, deletedAt, [deletedAt+startsAt], [series+startsAt]',
    interactions: 'id, [personId+at], eventId, deletedAt',
    introductions: 'id, aId, bId, [aId+bId], status, deletedAt',
    followUps: 'id, personId, rule',
    volunteerShifts: 'id, eventId, personId, [eventId+personId], deletedAt, [status+endsAt]',
    topics: 'key, *aliases',
    introductionDismissals: 'pairKey',
  },
};
