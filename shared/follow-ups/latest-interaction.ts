// Each person's newest live interaction, kept in a small table of its own on every write
// (renderer/db/latest-interaction-middleware.ts), so that rule 1 reads one index range of small
// rows instead of a month of interactions. "Newest" is the latest `at`; at the same instant
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
  /** Present only when the newest interaction is a meeting at an event: rule 1's index. */
  meetingAt?: number;
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

export function latestInteractionRow(interaction: InteractionStamp): LatestInteraction {
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
  return row;
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
