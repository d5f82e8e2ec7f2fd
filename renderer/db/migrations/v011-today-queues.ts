// Version 11: the Today view counts and pages through its two long lists by primary key instead
// of reading every row (IndexedDB counts a primary-key range several times faster than an index
// range, and reads a page of it without touching the rest). contactDueByDate holds the
// contactDue rows keyed by [dueAt, personId]; unansweredMeetings holds, keyed by [at, personId],
// each person whose newest live interaction is a meeting at an event. Their middlewares keep
// them (contact-due-middleware, latest-interaction-middleware); the indexes they replace go.
import type { ContactDueRow } from '../../../shared/follow-ups/keep-in-touch-rule';
import {
  unansweredMeetingOf,
  type LatestInteraction,
  type UnansweredMeeting,
} from '../../../shared/follow-ups/latest-interaction';
import type { Migration } from './migration';

export const v011TodayQueues: Migration = {
  version: 11,
  stores: {
    contactDue: 'personId',
    latestInteractions: 'personId',
    contactDueByDate: '[dueAt+personId]',
    unansweredMeetings: '[at+personId]',
  },
  upgrade: async (tx) => {
    const due = await tx.table<ContactDueRow, string>('contactDue').toArray();
    await tx.table('contactDueByDate').bulkPut(due);
    const meetings: UnansweredMeeting[] = [];
    await tx.table<LatestInteraction, string>('latestInteractions').each((row) => {
      const meeting = unansweredMeetingOf(row);
      if (meeting) meetings.push(meeting);
    });
    await tx.table('unansweredMeetings').bulkPut(meetings);
  },
};
