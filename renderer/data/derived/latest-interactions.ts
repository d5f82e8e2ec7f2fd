// latestInteractions: each person's newest live interaction and newest noted one
// (shared/follow-ups/latest-interaction); unansweredMeetings: those whose newest is a meeting at
// an event, keyed by [at, personId] for rule 1 to count and page through (its week counts follow
// through countQueueChange); and people's lastContactAt, the newest one's time (last-contact-at).
// See docs/architecture.md, "Derived data".
// Per write, the stored rows of everyone an interaction change touches are read at once. A new or
// changed live interaction newer than the stored newest (or noted) one replaces it; only when the
// stored one itself was moved, trashed, edited or removed is that person's newest looked up again
// through [personId+at]. A write that clears the interactions (a restore) clears both tables
// first: every row after it is new.
import { LIVE, type Interaction } from '../../../shared/domain/entities';
import {
  isNewerInteraction,
  lastNoteStamp,
  latestInteractionRow,
  latestInteractionStamp,
  newestLiveInteraction,
  newestNotedInteraction,
  unansweredMeetingOf,
  type InteractionStamp,
  type LatestInteraction,
  type NotedStamp,
  type UnansweredMeeting,
} from '../../../shared/follow-ups/latest-interaction';
import type { RowChange } from '../change-set';
import type { WriteTransaction } from '../write-transaction';
import type { DerivedModule } from './derived-module';
import { interactionsOfPeople } from './interactions-of-people';
import { followLastContact, lastContactChanges } from './last-contact-at';
import { countQueueChange, countQueueCleared, type QueueKey } from './queue-week-counts';

interface Newest {
  interaction?: InteractionStamp;
  noted?: NotedStamp;
}

const samePlaceInHistory = (a: InteractionStamp, b: InteractionStamp | undefined) =>
  b !== undefined &&
  a.personId === b.personId &&
  a.at === b.at &&
  a.kind === b.kind &&
  a.eventId === b.eventId &&
  a.deletedAt === b.deletedAt;

const sameNote = (a: NotedStamp, b: NotedStamp | undefined) =>
  samePlaceInHistory(a, b) && a.note === b?.note;

/** `candidate` taken into `newest` if it is newer (or noted and newer than the noted one). */
function withCandidate(newest: Newest, candidate: NotedStamp): Newest | undefined {
  if (candidate.deletedAt !== LIVE) return undefined;
  const newer = !newest.interaction || isNewerInteraction(candidate, newest.interaction);
  const noted =
    candidate.note.trim() !== '' && (!newest.noted || isNewerInteraction(candidate, newest.noted));
  if (!newer && !noted) return undefined;
  return {
    interaction: newer ? candidate : newest.interaction,
    noted: noted ? candidate : newest.noted,
  };
}

const meetingKey = (meeting: UnansweredMeeting): QueueKey => [meeting.at, meeting.personId];

/** The rows a write puts and deletes, and the queue keys it removes and adds. */
class LatestWrites {
  readonly puts: LatestInteraction[] = [];
  readonly deletes: string[] = [];
  readonly meetingPuts: UnansweredMeeting[] = [];
  readonly removed: QueueKey[] = [];
  readonly added: QueueKey[] = [];

  replace(personId: string, was: LatestInteraction | undefined, is: LatestInteraction | undefined) {
    if (is) this.puts.push(is);
    else if (was) this.deletes.push(personId);
    const wasMeeting = was && unansweredMeetingOf(was);
    const isMeeting = is && unansweredMeetingOf(is);
    if (
      wasMeeting &&
      isMeeting &&
      wasMeeting.at === isMeeting.at &&
      wasMeeting.interactionId === isMeeting.interactionId
    ) {
      // The same key: stored already, unless it moved to another event.
      if (wasMeeting.eventId !== isMeeting.eventId) this.meetingPuts.push(isMeeting);
      return;
    }
    if (wasMeeting) this.removed.push(meetingKey(wasMeeting));
    if (isMeeting) {
      this.meetingPuts.push(isMeeting);
      this.added.push(meetingKey(isMeeting));
    }
  }

  async store(write: WriteTransaction) {
    const { latestInteractions, unansweredMeetings } = write.db;
    await latestInteractions.bulkDelete(this.deletes);
    await latestInteractions.bulkPut(this.puts);
    // Deletes first: a person's new meeting may have the key of the one it replaces.
    await unansweredMeetings.bulkDelete(this.removed as [number, string][]);
    await unansweredMeetings.bulkPut(this.meetingPuts);
    countQueueChange(write, 'unansweredMeetings', this.removed, this.added);
  }
}

/** Empties both tables; returns whose rows they held. */
async function clearLatest(write: WriteTransaction): Promise<string[]> {
  const { latestInteractions, unansweredMeetings } = write.db;
  const personIds = await latestInteractions.toCollection().primaryKeys();
  await latestInteractions.clear();
  await unansweredMeetings.clear();
  countQueueCleared(write, 'unansweredMeetings');
  return personIds;
}

type InteractionChanges = RowChange<Interaction>[];

/** The stored rows of everyone whose interactions `changes` touch, read at once. */
async function storedRowsOf(
  write: WriteTransaction,
  changes: InteractionChanges,
): Promise<Map<string, LatestInteraction>> {
  const personIds = new Set<string>();
  for (const { before, after } of changes) {
    if (before) personIds.add(before.personId);
    if (after) personIds.add(after.personId);
  }
  const stored = new Map<string, LatestInteraction>();
  for (const row of await write.db.latestInteractions.bulkGet([...personIds])) {
    if (row) stored.set(row.personId, row);
  }
  return stored;
}

/** Whose stored newest (or noted) interaction the write moved, edited, trashed or removed. */
function toLookUpAgain(changes: InteractionChanges, newest: ReadonlyMap<string, Newest>) {
  const personIds = new Set<string>();
  for (const { before, after } of changes) {
    const current = before && newest.get(before.personId);
    if (!before || !current) continue;
    if (current.interaction?.id === before.id && !samePlaceInHistory(before, after)) {
      personIds.add(before.personId);
    }
    if (current.noted?.id === before.id && !sameNote(before, after)) {
      personIds.add(before.personId);
    }
  }
  return personIds;
}

/**
 * Follows the interaction changes of `write`; returns the row now stored for each person whose
 * row may have changed (undefined: none).
 */
async function followInteractions(
  write: WriteTransaction,
): Promise<Map<string, LatestInteraction | undefined>> {
  const settled = new Map<string, LatestInteraction | undefined>();
  const cleared = write.changes.cleared('interactions');
  if (cleared) for (const personId of await clearLatest(write)) settled.set(personId, undefined);
  const changes = write.changes.of('interactions');
  if (changes.length === 0) return settled;
  const stored = cleared
    ? new Map<string, LatestInteraction>()
    : await storedRowsOf(write, changes);
  const newest = new Map<string, Newest>();
  for (const row of stored.values()) {
    newest.set(row.personId, {
      interaction: latestInteractionStamp(row),
      noted: lastNoteStamp(row),
    });
  }
  const lookAgain = toLookUpAgain(changes, newest);
  for (const [personId, rows] of await interactionsOfPeople(write, lookAgain)) {
    newest.set(personId, {
      interaction: newestLiveInteraction(rows),
      noted: newestNotedInteraction(rows),
    });
  }
  const changed = new Set(lookAgain);
  for (const { after } of changes) {
    const next = after && withCandidate(newest.get(after.personId) ?? {}, after);
    if (!next) continue;
    newest.set(after.personId, next);
    changed.add(after.personId);
  }
  const writes = new LatestWrites();
  for (const personId of changed) {
    const { interaction, noted } = newest.get(personId) ?? {};
    const row = interaction && latestInteractionRow(interaction, noted);
    writes.replace(personId, stored.get(personId), row);
    settled.set(personId, row);
  }
  await writes.store(write);
  return settled;
}

function rebuildLatest(interactions: Iterable<NotedStamp>): LatestInteraction[] {
  const newest = new Map<string, Newest>();
  for (const interaction of interactions) {
    const next = withCandidate(newest.get(interaction.personId) ?? {}, interaction);
    if (next) newest.set(interaction.personId, next);
  }
  return [...newest.values()].flatMap(({ interaction, noted }) =>
    interaction ? [latestInteractionRow(interaction, noted)] : [],
  );
}

export const latestInteractionsModule: DerivedModule = {
  name: 'latest interactions',
  tables: ['latestInteractions', 'unansweredMeetings'],
  apply: async (write) => {
    await followLastContact(write, await followInteractions(write));
  },
  rebuild: ({ people, interactions }) => {
    const latest = rebuildLatest(interactions);
    return {
      tables: {
        latestInteractions: latest,
        unansweredMeetings: latest.flatMap((row) => unansweredMeetingOf(row) ?? []),
      },
      people: lastContactChanges(people, latest),
    };
  },
};
