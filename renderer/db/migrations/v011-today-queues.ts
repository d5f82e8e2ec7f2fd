// Version 11: the Today view counts and pages through its two long lists by primary key instead
// of reading every row (IndexedDB counts a primary-key range several times faster than an index
// range, and reads a page of it without touching the rest). contactDueByDate holds the
// contactDue rows keyed by [dueAt, personId]; unansweredMeetings holds, keyed by [at, personId],
// each person whose newest live interaction is a meeting at an event; the indexes they replace
// go. latestInteractions rows also hold each person's newest noted interaction (what Today shows
// as the last thing said). All derived: filled by the rebuild of derived data at start
// (renderer/data/rebuild-derived) and kept on every write after.
import type { Migration } from './migration';

export const v011TodayQueues: Migration = {
  version: 11,
  stores: {
    contactDue: 'personId',
    latestInteractions: 'personId',
    contactDueByDate: '[dueAt+personId]',
    unansweredMeetings: '[at+personId]',
  },
};
