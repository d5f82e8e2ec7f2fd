// Version 9: eventMeetings, one row per person met at an event, keyed by [eventId+personId] (see
// eventMeetingOf in shared/follow-ups/upcoming-event-rule), so rule 5 reads who was met at a
// series' last events as primary keys instead of every interaction logged there. The upgrade
// fills it from the interactions already stored; from then on the database keeps it (see
// event-meetings-middleware).
import type { Interaction } from '../../../shared/domain/entities';
import { eventMeetingOf, type EventMeeting } from '../../../shared/follow-ups/upcoming-event-rule';
import type { Migration } from './migration';

export const v009EventMeetings: Migration = {
  version: 9,
  stores: { eventMeetings: '[eventId+personId]' },
  upgrade: async (tx) => {
    const meetings: EventMeeting[] = [];
    await tx.table<Interaction, string>('interactions').each((interaction) => {
      const meeting = eventMeetingOf(interaction);
      if (meeting) meetings.push(meeting);
    });
    await tx.table('eventMeetings').bulkPut(meetings);
  },
};
