// Version 7: what the Today view reads, as small rows kept on write instead of wide rows read in
// bulk. contactDue holds each live person's keep-in-touch due date (replacing the people index
// [deletedAt+nextContactDueAt], whose full person rows were slow to read at 50,000 people);
// latestInteractions holds each person's newest live interaction, indexed by meetingAt when it is
// a meeting at an event (rule 1 read a month of interactions before). Both are derived tables,
// filled by the rebuild of derived data at start (renderer/data/rebuild-derived) and kept on every
// write after. events gets [series+startsAt], so rule 5 reads only a series' last few events.
import type { Migration } from './migration';

export const v007FollowUpTables: Migration = {
  version: 7,
  stores: {
    people:
      'id, displayName, nameReading, company, *interests, *offers, *asks, *emailKeys, *linkKeys, *nameKeys, updatedAt, deletedAt, [deletedAt+sortName], [deletedAt+createdAt], [deletedAt+lastContactAt]',
    events:
      'id, startsAt, series, name, updatedAt, deletedAt, [deletedAt+startsAt], [series+startsAt]',
    contactDue: 'personId, dueAt',
    latestInteractions: 'personId, meetingAt',
  },
};
