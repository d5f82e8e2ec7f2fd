// "Who to ask next" for an event's open roles. Every input is pre-fetched by the caller (the
// volunteers' standings, how many events of the series each person was met at, the offers of people
// whose offers suit the roles), so ranking is a pure, deterministic pass over them. Reasons are
// structured values; the UI words them.
//
// A person is a candidate for a role when at least one reason holds; their score adds up:
// - did the role before: +3, and +0.5 for each further time (at most +1.5 more);
// - offers a topic that suits the role (role-topics): +2.5;
// - track record: +4 × (reliability − 0.5), so from −2 (never came) to +2 (always came);
// - last asked 60 days ago or more: +1 (and a reason); asked within the last 30 days, or for an
//   upcoming event: −1;
// - a regular (met at REGULAR_EVENTS or more events of the series) who never volunteered: +2, and
//   +0.1 per event attended up to ten.
// People already on the event's roster (any status) never appear. Ties go by person id.
import { ROLE_TOPICS } from './role-topics';
import { reliabilityFrom } from './volunteer-figures';
import type { VolunteerStanding } from './volunteer-standings';

export const REGULAR_EVENTS = 3;
const DAY_MS = 86_400_000;
const NOT_ASKED_RECENTLY_DAYS = 60;
const ASKED_RECENTLY_DAYS = 30;

export type SuggestionReason =
  | { kind: 'did-role-before'; role: string; times: number }
  | { kind: 'offers-matching-topics'; role: string; topics: string[] }
  | { kind: 'volunteered-before'; events: number; reliability: number | null }
  | { kind: 'not-asked-recently'; daysSinceAsked: number }
  | { kind: 'regular-attendee'; eventsAttended: number };

export interface VolunteerCandidate {
  personId: string;
  score: number;
  reasons: SuggestionReason[];
}

export interface RoleSuggestions {
  role: string;
  candidates: VolunteerCandidate[];
}

export interface SuggestVolunteersInput {
  /** Role keys still to ask for (see rolesToAskFor). */
  roles: readonly string[];
  /** Everyone on the event's roster, whatever their status. */
  rosterPersonIds: ReadonlySet<string>;
  /** Everyone who has a shift, by person id. */
  volunteers: ReadonlyMap<string, VolunteerStanding>;
  /** Events of the series each person was met at. */
  seriesAttendance: ReadonlyMap<string, number>;
  /** Topic keys each person can offer. */
  offers: ReadonlyMap<string, readonly string[]>;
  roleTopics?: ReadonlyMap<string, readonly string[]>;
  now: number;
  /** Most candidates per role: a screenful, as the best are kept by insertion while scanning. */
  limit: number;
}

interface GeneralStanding {
  score: number;
  reasons: SuggestionReason[];
}

/** What counts for any role: track record, when last asked, being a regular. */
function generalStanding(
  volunteer: VolunteerStanding | undefined,
  attendance: number,
  now: number,
): GeneralStanding {
  const reasons: SuggestionReason[] = [];
  let score = 0;
  const events = volunteer?.eventsVolunteered ?? 0;
  if (volunteer) {
    const reliability = reliabilityFrom(volunteer, now);
    if (reliability !== null) score += 4 * (reliability - 0.5);
    if (events > 0) reasons.push({ kind: 'volunteered-before', events, reliability });
    const lastAsked = volunteer.lastAskedAt;
    if (lastAsked !== null) {
      const days = Math.floor((now - lastAsked) / DAY_MS);
      if (days >= NOT_ASKED_RECENTLY_DAYS) {
        score += 1;
        reasons.push({ kind: 'not-asked-recently', daysSinceAsked: days });
      } else if (days < ASKED_RECENTLY_DAYS) score -= 1;
    }
  }
  if (events === 0 && attendance >= REGULAR_EVENTS) {
    score += 2 + 0.1 * Math.min(attendance, 10);
    reasons.push({ kind: 'regular-attendee', eventsAttended: attendance });
  }
  return { score, reasons };
}

function ranksBefore(scoreA: number, idA: string, scoreB: number, idB: string): boolean {
  return scoreA > scoreB || (scoreA === scoreB && idA < idB);
}

/** Adds a candidate to `best` (kept in rank order, at most `limit` long) if it ranks high enough. */
function keepBest(best: VolunteerCandidate[], candidate: VolunteerCandidate, limit: number): void {
  let at = best.length;
  while (
    at > 0 &&
    ranksBefore(candidate.score, candidate.personId, best[at - 1].score, best[at - 1].personId)
  )
    at -= 1;
  if (at < limit) best.splice(at, 0, candidate);
  if (best.length > limit) best.pop();
}

export function suggestVolunteers(input: SuggestVolunteersInput): RoleSuggestions[] {
  const { rosterPersonIds, volunteers, seriesAttendance, offers, now, limit } = input;
  const roleTopics = input.roleTopics ?? ROLE_TOPICS;
  const people = new Set<string>([...volunteers.keys(), ...offers.keys()]);
  for (const [personId, count] of seriesAttendance) {
    if (count >= REGULAR_EVENTS) people.add(personId);
  }
  const standings = new Map<string, GeneralStanding>();
  for (const personId of people) {
    if (rosterPersonIds.has(personId)) continue;
    standings.set(
      personId,
      generalStanding(volunteers.get(personId), seriesAttendance.get(personId) ?? 0, now),
    );
  }
  return input.roles.map((role) => {
    const suited = new Set(roleTopics.get(role) ?? []);
    const best: VolunteerCandidate[] = [];
    for (const [personId, standing] of standings) {
      const times = volunteers.get(personId)?.attendedByRole[role] ?? 0;
      const offered = offers.get(personId);
      const topics = offered ? offered.filter((topic) => suited.has(topic)) : [];
      if (times === 0 && topics.length === 0 && standing.reasons.length === 0) continue;
      const score =
        standing.score +
        (times > 0 ? 3 + 0.5 * Math.min(times - 1, 3) : 0) +
        (topics.length > 0 ? 2.5 : 0);
      const worst = best.at(-1);
      if (
        best.length >= limit &&
        worst &&
        !ranksBefore(score, personId, worst.score, worst.personId)
      )
        continue;
      const reasons: SuggestionReason[] = [];
      if (times > 0) reasons.push({ kind: 'did-role-before', role, times });
      if (topics.length > 0) reasons.push({ kind: 'offers-matching-topics', role, topics });
      reasons.push(...standing.reasons);
      keepBest(best, { personId, score, reasons }, limit);
    }
    return { role, candidates: best };
  });
}
