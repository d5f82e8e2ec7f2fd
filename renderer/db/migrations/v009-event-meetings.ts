// Version 9: eventMeetings, one row per person met at an event, keyed by [eventId+personId] (see
// eventMeetingOf in shared/follow-ups/upcoming-event-rule), so rule 5 reads who was met at a
// series' last events as primary keys instead of every interaction logged there. The upgrade
// fills it from the interactions already stored, read in primary-key pages (one getAll each: at
// 200,000 interactions in Chromium about half the time of a cursor over them); from then on the
// database keeps it (see data/derived/event-meetings).
import type { Interaction } from '../../../shared/domain/entities';
import { eventMeetingOf, type EventMeeting } from '../../../shared/follow-ups/upcoming-event-rule';
import type { Migration } from './migration';

const PAGE_SIZE = 10_000;

export const v009EventMeetings: Migration = {
  version: 9,
  stores: { eventMeetings: '[eventId+personId]' },
  upgrade: async (tx) => {
    const interactions = tx.table<Interaction, string>('interactions');
    const meetings = new Map<string, EventMeeting>();
    let page = await interactions.limit(PAGE_SIZE).toArray();
    while (page.length > 0) {
      for (const interaction of page) {
        const meeting = eventMeetingOf(interaction);
        if (meeting) meetings.set(`${meeting.eventId}\u0000${meeting.personId}`, meeting);
      }
      if (page.length < PAGE_SIZE) break;
      page = await interactions
        .where(':id')
        .above(page[page.length - 1].id)
        .limit(PAGE_SIZE)
        .toArray();
    }
    await tx.table('eventMeetings').bulkPut([...meetings.values()]);
  },
};
