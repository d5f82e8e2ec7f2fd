// Keeps the latestInteractions table (each person's newest live interaction, see
// shared/follow-ups/latest-interaction) right on every write of interactions, in the same
// transaction (see derived-table-scope). A new or changed interaction that is newer than the
// stored one replaces it; when the stored one itself is changed, trashed or deleted, that person's
// newest is looked up again through the [personId+at] index. The newest one with a note is kept
// in the same row the same way (a change to it, or to its note, looks the person up again).
// Clearing the interactions clears the table; every other delete reads the rows it removes first,
// to know whose newest may change.
// Whoever's newest is a meeting at an event also has a row in unansweredMeetings (keyed by
// [at, personId]), changed along with it, for rule 1 to count and page through by primary key
// (its rows per week are counted too, see queue-week-counts).
// Written with Dexie's promises and then(), not async/await: the middlewares below this one read
// Dexie's zone (the current transaction), which a native await can lose.
import Dexie, {
  type DBCore,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import {
  isNewerInteraction,
  latestInteractionRow,
  lastNoteStamp,
  latestInteractionStamp,
  newestLiveInteraction,
  newestNotedInteraction,
  unansweredMeetingOf,
  type InteractionStamp,
  type LatestInteraction,
  type NotedStamp,
  type UnansweredMeeting,
} from '../../shared/follow-ups/latest-interaction';
import { LIVE } from '../../shared/domain/entities';
import { canWrite, transactionWithDerived } from './derived-table-scope';
import { interactionsOfPerson } from './interactions-of-person';
import {
  countQueueCleared,
  countQueueWrite,
  QUEUE_WEEK_COUNTS,
  type QueueKey,
} from './queue-week-counts';
import { followWrite } from './rows-before-write';

const DexiePromise = Dexie.Promise;
const LATEST = 'latestInteractions';
const MEETINGS = 'unansweredMeetings';

const samePlaceInHistory = (a: InteractionStamp, b: InteractionStamp | undefined) =>
  b !== undefined &&
  a.personId === b.personId &&
  a.at === b.at &&
  a.kind === b.kind &&
  a.eventId === b.eventId &&
  a.deletedAt === b.deletedAt;

interface Newest {
  interaction: InteractionStamp | undefined;
  noted: NotedStamp | undefined;
}

function newestOf(
  interactions: DBCoreTable,
  trans: DBCoreTransaction,
  personId: string,
): Promise<Newest> {
  return interactionsOfPerson(interactions, trans, personId).then((rows) => ({
    interaction: newestLiveInteraction(rows),
    noted: newestNotedInteraction(rows),
  }));
}

interface MeetingWrites {
  deletes: QueueKey[];
  puts: UnansweredMeeting[];
  /** The keys that stand after the write, of the rows it touched (for the week counts). */
  standing: QueueKey[];
}

const meetingKey = (meeting: UnansweredMeeting): QueueKey => [meeting.at, meeting.personId];

/** The unanswered-meeting rows to delete and put when `before` is replaced by `after`. */
function meetingChanges(
  before: LatestInteraction | undefined,
  after: LatestInteraction | undefined,
  writes: MeetingWrites,
): void {
  const was = before && unansweredMeetingOf(before);
  const is = after && unansweredMeetingOf(after);
  if (was && is && was.at === is.at && was.interactionId === is.interactionId) {
    if (was.eventId !== is.eventId) writes.puts.push(is);
    return;
  }
  if (was) writes.deletes.push(meetingKey(was));
  if (is) {
    writes.puts.push(is);
    writes.standing.push(meetingKey(is));
  }
}

function writeLatest(
  down: DBCore,
  latest: DBCoreTable,
  meetings: DBCoreTable | undefined,
  trans: DBCoreTransaction,
  stored: ReadonlyMap<string, LatestInteraction>,
  newest: ReadonlyMap<string, Newest>,
  changed: ReadonlySet<string>,
): Promise<unknown> {
  const puts: LatestInteraction[] = [];
  const deletes: string[] = [];
  const meetingWrites: MeetingWrites = { deletes: [], puts: [], standing: [] };
  for (const personId of changed) {
    const { interaction, noted } = newest.get(personId) ?? {
      interaction: undefined,
      noted: undefined,
    };
    const row = interaction && latestInteractionRow(interaction, noted);
    if (row) puts.push(row);
    else if (stored.has(personId)) deletes.push(personId);
    meetingChanges(stored.get(personId), row, meetingWrites);
  }
  const writes: Promise<unknown>[] = [];
  if (puts.length > 0) writes.push(latest.mutate({ trans, type: 'put', values: puts }));
  if (deletes.length > 0) writes.push(latest.mutate({ trans, type: 'delete', keys: deletes }));
  if (meetings) {
    const { deletes: meetingDeletes, puts: meetingPuts, standing } = meetingWrites;
    if (meetingDeletes.length > 0) {
      writes.push(meetings.mutate({ trans, type: 'delete', keys: meetingDeletes }));
    }
    if (meetingPuts.length > 0) {
      writes.push(meetings.mutate({ trans, type: 'put', values: meetingPuts }));
    }
    writes.push(countQueueWrite(down, trans, MEETINGS, meetingDeletes, standing));
  }
  return DexiePromise.all(writes);
}

const sameNote = (a: NotedStamp, b: NotedStamp | undefined) =>
  samePlaceInHistory(a, b) && a.note === b?.note;

function followInLatest(
  down: DBCore,
  interactions: DBCoreTable,
  latest: DBCoreTable,
  meetings: DBCoreTable | undefined,
  trans: DBCoreTransaction,
  before: readonly NotedStamp[],
  written: readonly NotedStamp[],
): Promise<unknown> {
  const personIds = [...new Set([...before, ...written].map((row) => row.personId))];
  if (personIds.length === 0) return DexiePromise.resolve();
  return latest
    .getMany({ trans, keys: personIds })
    .then((rows: (LatestInteraction | undefined)[]) => {
      const stored = new Map<string, LatestInteraction>();
      for (const row of rows) if (row) stored.set(row.personId, row);
      const newest = new Map<string, Newest>(
        [...stored.values()].map((row) => [
          row.personId,
          { interaction: latestInteractionStamp(row), noted: lastNoteStamp(row) },
        ]),
      );
      // A batch may write one id twice: the last write is the one stored.
      const writtenById = new Map(written.map((row) => [row.id, row]));
      const lookAgain = new Set<string>();
      for (const row of before) {
        const current = newest.get(row.personId);
        const after = writtenById.get(row.id);
        if (current?.interaction?.id === row.id && !samePlaceInHistory(row, after)) {
          lookAgain.add(row.personId);
        }
        if (current?.noted?.id === row.id && !sameNote(row, after)) lookAgain.add(row.personId);
      }
      const lookups = [...lookAgain].map((personId) =>
        newestOf(interactions, trans, personId).then((found) => newest.set(personId, found)),
      );
      return DexiePromise.all(lookups).then(() => {
        const changed = new Set(lookAgain);
        for (const row of writtenById.values()) {
          if (row.deletedAt !== LIVE) continue;
          const current = newest.get(row.personId) ?? { interaction: undefined, noted: undefined };
          const newer = !current.interaction || isNewerInteraction(row, current.interaction);
          const noted =
            row.note.trim() !== '' && (!current.noted || isNewerInteraction(row, current.noted));
          if (!newer && !noted) continue;
          newest.set(row.personId, {
            interaction: newer ? row : current.interaction,
            noted: noted ? row : current.noted,
          });
          changed.add(row.personId);
        }
        return writeLatest(down, latest, meetings, trans, stored, newest, changed);
      });
    });
}

export const latestInteractionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'LatestInteraction',
  create: (down) => ({
    ...down,
    transaction: transactionWithDerived(down, 'interactions', LATEST, MEETINGS, QUEUE_WEEK_COUNTS),
    table: (tableName) => {
      const table = down.table(tableName);
      if (tableName !== 'interactions') return table;
      return {
        ...table,
        mutate: (request) => {
          if (!canWrite(request.trans, LATEST)) return table.mutate(request);
          const latest = down.table(LATEST);
          const { trans } = request;
          const meetings = canWrite(trans, MEETINGS) ? down.table(MEETINGS) : undefined;
          return followWrite<NotedStamp>(table, request, {
            cleared: (range) =>
              DexiePromise.all([
                latest.mutate({ trans, type: 'deleteRange', range }),
                meetings?.mutate({ trans, type: 'deleteRange', range }),
                meetings && countQueueCleared(down, trans, MEETINGS),
              ]),
            followed: (before, written) =>
              followInLatest(down, table, latest, meetings, trans, before, written),
          });
        },
      };
    },
  }),
};
