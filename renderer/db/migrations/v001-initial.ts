// Version 1: the whole first data model (docs/architecture.md, "Data"). Later versions add files
// beside this one and are additive (new tables or indexes), so a future sync engine never sees a
// changed primary key.
import type { Migration } from './migration';

export const v001Initial: Migration = {
  version: 1,
  stores: {
    people:
      'id, displayName, nameReading, company, *interests, *offers, *asks, *emailKeys, *linkKeys, updatedAt, deletedAt, [deletedAt+sortName], [deletedAt+createdAt], [deletedAt+lastContactAt]',
    events: 'id, startsAt, series, name, updatedAt, deletedAt, [deletedAt+startsAt]',
    interactions: 'id, [personId+at], eventId, at, updatedAt, deletedAt',
    introductions: 'id, aId, bId, [aId+bId], status, updatedAt, deletedAt',
    followUps: 'id, dueAt, personId, status, rule, [status+dueAt], updatedAt',
    volunteerShifts: 'id, eventId, personId, [eventId+personId], updatedAt, deletedAt',
    topics: 'key, *aliases, updatedAt',
    settings: 'key',
  },
};
