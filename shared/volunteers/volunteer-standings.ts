// Every volunteer's standing — what "who to ask next" ranks by: events volunteered, the inputs of
// reliability, when last asked, roles done — kept together in a few stored records. Decision: the
// ranking looks at every volunteer each time, and IndexedDB pays per record read (2,000 figures
// records took about 40 ms; a few records holding 2,000 small standings, a few ms), so every
// write of shifts keeps these records up to date with the figures (see
// renderer/data/derived/volunteer-figures). The standings are spread over STANDINGS_BUCKETS
// records by a hash of the person id, so that a shift write rewrites a sixteenth of them (one
// record of everyone made each attendance mark rewrite some 400 kB). Standings are sorted by
// person id.
import type { ReliabilityInputs, VolunteerFigures } from './volunteer-figures';

export const STANDINGS_BUCKETS = 16;

export interface VolunteerStanding extends ReliabilityInputs {
  personId: string;
  eventsVolunteered: number;
  lastAskedAt: number | null;
  /** Attended shifts per role key. */
  attendedByRole: Record<string, number>;
}

/** One bucket of standings: the volunteers whose id hashes to `key`. */
export interface VolunteerStandings {
  key: number;
  standings: VolunteerStanding[];
}

/** The bucket a person's standing is kept in: a hash of the id, 0 to STANDINGS_BUCKETS − 1. */
export function standingsBucket(personId: string): number {
  let hash = 0;
  for (let index = 0; index < personId.length; index += 1) {
    hash = (hash * 31 + personId.charCodeAt(index)) | 0;
  }
  return (hash >>> 0) % STANDINGS_BUCKETS;
}

export function standingOf(figures: VolunteerFigures): VolunteerStanding {
  return {
    personId: figures.personId,
    eventsVolunteered: Object.keys(figures.attendedByEvent).length,
    attended: figures.attendedEndsAt.length,
    noShows: figures.noShows,
    confirmedEndsAt: figures.confirmedEndsAt,
    lastAskedAt: figures.askedStartsAt.at(-1) ?? null,
    attendedByRole: figures.attendedByRole,
  };
}

const byPersonId = (a: VolunteerStanding, b: VolunteerStanding) =>
  a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0;

/** The buckets of every volunteer's standing from their figures (an upgrade; tests). */
export function standingsOf(figures: Iterable<VolunteerFigures>): VolunteerStandings[] {
  return updateStandings([], [...figures], []);
}

/**
 * The buckets touched when some volunteers' figures were written (`written`) or deleted
 * (`removed`), from those buckets as stored (`current`, any order; a bucket not there yet is new).
 */
export function updateStandings(
  current: readonly VolunteerStandings[],
  written: readonly VolunteerFigures[],
  removed: readonly string[],
): VolunteerStandings[] {
  const buckets = new Map<number, Map<string, VolunteerStanding>>();
  const bucket = (personId: string) => {
    const key = standingsBucket(personId);
    const stored = current.find((record) => record.key === key)?.standings ?? [];
    const found =
      buckets.get(key) ?? new Map(stored.map((standing) => [standing.personId, standing]));
    buckets.set(key, found);
    return found;
  };
  for (const personId of removed) bucket(personId).delete(personId);
  for (const figures of written)
    bucket(figures.personId).set(figures.personId, standingOf(figures));
  return [...buckets].map(([key, standings]) => ({
    key,
    standings: [...standings.values()].sort(byPersonId),
  }));
}

/** Every standing held in `buckets`. */
export function allStandings(buckets: readonly VolunteerStandings[]): VolunteerStanding[] {
  return buckets.flatMap((record) => record.standings);
}
