// Keeps the eventMeetings table (one [eventId+personId] row per person met at an event, see
// eventMeetingOf in shared/follow-ups/upcoming-event-rule) right on every write of interactions,
// in the same transaction (see derived-table-scope). Incremental, never recounting an event: a
// written live meeting puts its pair unless the rows it replaces stood for that pair already; a
// pair that the replaced or deleted rows stood for and the written ones do not is removed only
// when no other live meeting of that person at that event remains, looked up after the write
// through the person's [personId+at] index (a person's interactions are few). Clearing the
// interactions clears the table; every other delete reads the rows it removes first.
// Written with Dexie's promises and then(), not async/await: the middlewares below this one read
// Dexie's zone (the current transaction), which a native await can lose.
import Dexie, {
  type DBCore,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import type { Interaction } from '../../shared/domain/entities';
import { eventMeetingOf, type EventMeeting } from '../../shared/follow-ups/upcoming-event-rule';
import { canWrite, transactionWithDerived } from './derived-table-scope';
import { interactionsOfPerson } from './interactions-of-person';
import { followWrite } from './rows-before-write';

type MeetingStamp = Pick<Interaction, 'id' | 'personId' | 'eventId' | 'kind' | 'deletedAt'>;

const DexiePromise = Dexie.Promise;
const MEETINGS = 'eventMeetings';

/** One string per pair, for sets: ids hold no NUL character. */
const pairKey = (meeting: EventMeeting) => `${meeting.eventId}\u0000${meeting.personId}`;

/** The pairs `rows` stand for, each once, by pairKey. */
function meetingsOf(rows: Iterable<MeetingStamp>): Map<string, EventMeeting> {
  const meetings = new Map<string, EventMeeting>();
  for (const row of rows) {
    const meeting = eventMeetingOf(row);
    if (meeting) meetings.set(pairKey(meeting), meeting);
  }
  return meetings;
}

/** Whether `personId` still has a live meeting at `eventId` (read after the write). */
function stillMet(
  interactions: DBCoreTable,
  trans: DBCoreTransaction,
  { eventId, personId }: EventMeeting,
): Promise<boolean> {
  return interactionsOfPerson(interactions, trans, personId).then((rows) =>
    rows.some((row) => eventMeetingOf(row)?.eventId === eventId),
  );
}

function followInMeetings(
  interactions: DBCoreTable,
  meetings: DBCoreTable,
  trans: DBCoreTransaction,
  before: readonly MeetingStamp[],
  written: readonly MeetingStamp[],
): Promise<unknown> {
  const had = meetingsOf(before);
  // A batch may write one id twice: the last write is the one stored.
  const has = meetingsOf(new Map(written.map((row) => [row.id, row])).values());
  // A pair that stands both before and after the write is stored already.
  const puts = [...has].filter(([key]) => !had.has(key)).map(([, pair]) => pair);
  const lost = [...had].filter(([key]) => !has.has(key)).map(([, pair]) => pair);
  const checks = lost.map((pair) =>
    stillMet(interactions, trans, pair).then((kept) => (kept ? undefined : pair)),
  );
  return DexiePromise.all(checks).then((outcomes) => {
    const deletes = outcomes
      .filter((pair) => pair !== undefined)
      .map((pair) => [pair.eventId, pair.personId]);
    const writes: Promise<unknown>[] = [];
    if (puts.length > 0) writes.push(meetings.mutate({ trans, type: 'put', values: puts }));
    if (deletes.length > 0) writes.push(meetings.mutate({ trans, type: 'delete', keys: deletes }));
    return DexiePromise.all(writes);
  });
}

export const eventMeetingsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'EventMeetings',
  create: (down) => ({
    ...down,
    transaction: transactionWithDerived(down, 'interactions', MEETINGS),
    table: (tableName) => {
      const table = down.table(tableName);
      if (tableName !== 'interactions') return table;
      return {
        ...table,
        mutate: (request) => {
          if (!canWrite(request.trans, MEETINGS)) return table.mutate(request);
          const meetings = down.table(MEETINGS);
          const { trans } = request;
          return followWrite<MeetingStamp>(table, request, {
            cleared: (range) => meetings.mutate({ trans, type: 'deleteRange', range }),
            followed: (before, written) =>
              followInMeetings(table, meetings, trans, before, written),
          });
        },
      };
    },
  }),
};
