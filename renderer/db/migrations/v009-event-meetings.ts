// Version 9: eventMeetings, one row per person met at an event, keyed by [eventId+personId] (see
// eventMeetingOf in shared/follow-ups/upcoming-event-rule), so rule 5 reads who was met at a
// series' last events as primary keys instead of every interaction logged there. A derived table:
// filled by the rebuild of derived data at start (renderer/data/rebuild-derived) and kept on every
// write after.
import type { Migration } from './migration';

export const v009EventMeetings: Migration = {
  version: 9,
  stores: { eventMeetings: '[eventId+personId]' },
};
