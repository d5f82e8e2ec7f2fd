// Version 6: what the Today view reads through indexes instead of scanning. people gets
// [deletedAt+nextContactDueAt] (the keep-in-touch due date, a derived field: computed for stored
// people by the rebuild of derived data at start, renderer/data/rebuild-derived); volunteerShifts
// gets [status+endsAt] ("attended shifts that ended lately").
import type { Migration } from './migration';

export const v006ContactDue: Migration = {
  version: 6,
  stores: {
    people:
      'id, displayName, nameReading, company, *interests, *offers, *asks, *emailKeys, *linkKeys, *nameKeys, updatedAt, deletedAt, [deletedAt+sortName], [deletedAt+createdAt], [deletedAt+lastContactAt], [deletedAt+nextContactDueAt]',
    volunteerShifts:
      'id, eventId, personId, [eventId+personId], updatedAt, deletedAt, [status+endsAt]',
  },
};
