// Each person's newest live interaction, kept in a small table of its own on every write
// (renderer/data/derived/latest-interactions.ts), so that rule 1 reads small rows (the unanswered
// meetings among them) instead of a month of interactions; the row also holds the newest one with
// a note, which Today shows beside each item. "Newest" is the latest `at`; at the same instant
// anything beats a meeting (a message logged right after meeting someone is a follow-up), then
// the larger id, so the choice never depends on the order in which rows were written.
import { LIVE, type Interaction } from '../domain/entities';

export type InteractionStamp = Pick<
  Interaction,
  'id' | 'personId' | 'at' | 'kind' | 'eventId' | 'deletedAt'
>;

export interface LatestInteraction {
  personId: string;
  interactionId: string;
  at: number;
  kind: Interaction['kind'];
  eventId?: string;
  /** Present only when the newest interaction is a meeting at an event. */
  meetingAt?: number;
  /** The newest live interaction with a note, when there is one: what Today shows as last said. */
  lastNote?: LastNote;
}

export interface LastNote {
  interactionId: string;
  at: number;
  kind: Interaction['kind'];
  text: string;
}

export type NotedStamp = InteractionStamp & Pick<Interaction, 'note'>;

/**
 * A person met at an event with nothing logged since: their newest interaction is that meeting.
 * Kept in its own table keyed by [at, personId], which rule 1 counts and pages through.
 */
export interface UnansweredMeeting {
  at: number;
  personId: string;
  interactionId: string;
  eventId: string;
}

/** Whether `candidate` is newer than `current` (see the header for ties). */
export function isNewerInteraction(
  candidate: InteractionStamp,
  current: InteractionStamp,
): boolean {
  if (candidate.at !== current.at) return candidate.at > current.at;
  const candidateMet = candidate.kind === 'met';
  if (candidateMet !== (current.kind === 'met')) return !candidateMet;
  return candidate.id > current.id;
}

/** The newest live interaction among `interactions`, or undefined. */
export function newestLiveInteraction(
  interactions: Iterable<InteractionStamp>,
): InteractionStamp | undefined {
  let newest: InteractionStamp | undefined;
  for (const interaction of interactions) {
    if (interaction.deletedAt !== LIVE) continue;
    if (!newest || isNewerInteraction(interaction, newest)) newest = interaction;
  }
  return newest;
}

/** The newest live interaction among `interactions` that has a note, or undefined. */
export function newestNotedInteraction(interactions: Iterable<NotedStamp>): NotedStamp | undefined {
  let newest: NotedStamp | undefined;
  for (const interaction of interactions) {
    if (interaction.deletedAt !== LIVE || interaction.note.trim() === '') continue;
    if (!newest || isNewerInteraction(interaction, newest)) newest = interaction;
  }
  return newest;
}

/** The row for a person's newest live interaction and, if any, their newest noted one. */
export function latestInteractionRow(
  interaction: InteractionStamp,
  noted?: NotedStamp,
): LatestInteraction {
  const row: LatestInteraction = {
    personId: interaction.personId,
    interactionId: interaction.id,
    at: interaction.at,
    kind: interaction.kind,
  };
  if (interaction.eventId !== undefined) row.eventId = interaction.eventId;
  if (interaction.kind === 'met' && interaction.eventId !== undefined) {
    row.meetingAt = interaction.at;
  }
  if (noted) {
    row.lastNote = { interactionId: noted.id, at: noted.at, kind: noted.kind, text: noted.note };
  }
  return row;
}

/** The stored last note as the interaction it stands for. */
export function lastNoteStamp(row: LatestInteraction): NotedStamp | undefined {
  const { lastNote } = row;
  if (!lastNote) return undefined;
  return {
    id: lastNote.interactionId,
    personId: row.personId,
    at: lastNote.at,
    kind: lastNote.kind,
    deletedAt: LIVE,
    note: lastNote.text,
  };
}

/** The stored row as the interaction it stands for. */
export function latestInteractionStamp(row: LatestInteraction): InteractionStamp {
  return {
    id: row.interactionId,
    personId: row.personId,
    at: row.at,
    kind: row.kind,
    eventId: row.eventId,
    deletedAt: LIVE,
  };
}

/** The unanswered meeting a stored row stands for, if its interaction is a meeting at an event. */
export function unansweredMeetingOf(row: LatestInteraction): UnansweredMeeting | undefined {
  if (row.meetingAt === undefined || row.eventId === undefined) return undefined;
  return {
    at: row.meetingAt,
    personId: row.personId,
    interactionId: row.interactionId,
    eventId: row.eventId,
  };
}

/** The meeting as the interaction it stands for. */
export function unansweredMeetingStamp(meeting: UnansweredMeeting): InteractionStamp {
  return {
    id: meeting.interactionId,
    personId: meeting.personId,
    at: meeting.at,
    kind: 'met',
    eventId: meeting.eventId,
    deletedAt: LIVE,
  };
}
