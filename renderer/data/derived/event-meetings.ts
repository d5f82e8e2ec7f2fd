// eventMeetings: one [eventId+personId] row per person met at an event (eventMeetingOf in
// shared/follow-ups/upcoming-event-rule), so rule 5 reads who was met at a series' last events as
// primary keys (docs/architecture.md, "Derived data"). Incremental, never recounting an event: a
// pair that an interaction the write changed stands for after it and did not before is put; a
// pair one stood for before and none stands for after is removed only when no other live meeting
// of that person at that event remains, looked up through the person's [personId+at] index (once
// per person, whatever the number of their pairs). A write that clears the interactions (a
// restore) clears the table first: every row after it is new.
import type { Interaction } from '../../../shared/domain/entities';
import { eventMeetingOf, type EventMeeting } from '../../../shared/follow-ups/upcoming-event-rule';
import type { DerivedModule } from './derived-module';
import { interactionsOfPeople } from './interactions-of-people';

/** One string per pair, for maps: ids hold no NUL character. */
const pairKey = (meeting: EventMeeting) => `${meeting.eventId}\u0000${meeting.personId}`;

/** The pairs `rows` stand for, each once, by pairKey. */
function meetingsOf(rows: Iterable<Interaction | undefined>): Map<string, EventMeeting> {
  const meetings = new Map<string, EventMeeting>();
  for (const row of rows) {
    const meeting = row && eventMeetingOf(row);
    if (meeting) meetings.set(pairKey(meeting), meeting);
  }
  return meetings;
}

export const eventMeetingsModule: DerivedModule = {
  name: 'event meetings',
  tables: ['eventMeetings'],
  apply: async (write) => {
    const table = write.db.eventMeetings;
    if (write.changes.cleared('interactions')) await table.clear();
    const changes = write.changes.of('interactions');
    if (changes.length === 0) return;
    const had = meetingsOf(changes.map(({ before }) => before));
    const has = meetingsOf(changes.map(({ after }) => after));
    // A pair that stands both before and after the write is stored already.
    const puts = [...has].filter(([key]) => !had.has(key)).map(([, pair]) => pair);
    const lost = [...had].filter(([key]) => !has.has(key)).map(([, pair]) => pair);
    const remaining = await interactionsOfPeople(
      write,
      new Set(lost.map(({ personId }) => personId)),
    );
    const deletes = lost
      .filter(
        ({ eventId, personId }) =>
          !remaining.get(personId)?.some((row) => eventMeetingOf(row)?.eventId === eventId),
      )
      .map(({ eventId, personId }): [string, string] => [eventId, personId]);
    await table.bulkDelete(deletes);
    await table.bulkPut(puts);
  },
  rebuild: ({ interactions }) => ({
    tables: { eventMeetings: [...meetingsOf(interactions).values()] },
  }),
};
