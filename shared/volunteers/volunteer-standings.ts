// Every volunteer's standing — what "who to ask next" ranks by: events volunteered, the inputs of
// reliability, when last asked, roles done — kept together in ONE stored record. Decision: the
// ranking looks at every volunteer each time, and IndexedDB pays per record read (2,000 figures
// records took about 40 ms; one record holding 2,000 small standings, a few ms), so the database
// keeps this record up to date on every figures write (see db/volunteer-figures-middleware), at the
// cost of rewriting it with each shift write. Standings are sorted by person id.
import type { ReliabilityInputs, VolunteerFigures } from './volunteer-figures';

export const STANDINGS_KEY = 'all';

export interface VolunteerStanding extends ReliabilityInputs {
  personId: string;
  eventsVolunteered: number;
  lastAskedAt: number | null;
  /** Attended shifts per role key. */
  attendedByRole: Record<string, number>;
}

export interface VolunteerStandings {
  key: typeof STANDINGS_KEY;
  standings: VolunteerStanding[];
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

/** The standings of every volunteer from their figures (an upgrade, or the reference for tests). */
export function standingsOf(figures: Iterable<VolunteerFigures>): VolunteerStandings {
  return { key: STANDINGS_KEY, standings: [...figures].map(standingOf).sort(byPersonId) };
}

/** The standings after some volunteers' figures were written (`written`) or deleted (`removed`). */
export function updateStandings(
  current: VolunteerStandings | undefined,
  written: readonly VolunteerFigures[],
  removed: readonly string[],
): VolunteerStandings {
  const byPerson = new Map(current?.standings.map((standing) => [standing.personId, standing]));
  for (const personId of removed) byPerson.delete(personId);
  for (const figures of written) byPerson.set(figures.personId, standingOf(figures));
  return { key: STANDINGS_KEY, standings: [...byPerson.values()].sort(byPersonId) };
}
