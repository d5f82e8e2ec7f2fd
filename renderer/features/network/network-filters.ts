// Which people and ties the map shows: the filters of the Network screen (topic, event or series,
// time range, only people the user met), applied to the network graph. Pure, so the map, the table
// and the tests agree on what a filter keeps.
import type { NetworkGraph, PersonNode, Tie } from '../../../shared/network/network-graph-types';
import type { NetworkEvent } from '../../../shared/network/network-source';

export const TIME_RANGES = ['any', 'month', 'quarter', 'year'] as const;
export type TimeRange = (typeof TIME_RANGES)[number];

const DAY = 24 * 60 * 60 * 1000;
const RANGE_DAYS: Record<Exclude<TimeRange, 'any'>, number> = { month: 31, quarter: 92, year: 366 };

/** The event filter: one event, every event of a series, or none. */
export type EventFilter = { kind: 'event'; id: string } | { kind: 'series'; name: string } | null;

export interface NetworkFilters {
  topic: string | null;
  event: EventFilter;
  range: TimeRange;
  onlyMet: boolean;
}

export const NO_FILTERS: NetworkFilters = {
  topic: null,
  event: null,
  range: 'any',
  onlyMet: false,
};

export function isFiltered(filters: NetworkFilters): boolean {
  return (
    filters.topic !== null || filters.event !== null || filters.range !== 'any' || filters.onlyMet
  );
}

/** The instant a time range starts at, or null for any time. */
export function rangeStart(range: TimeRange, now: number): number | null {
  return range === 'any' ? null : now - RANGE_DAYS[range] * DAY;
}

function atEvent(
  person: PersonNode,
  filter: NonNullable<EventFilter>,
  events: ReadonlyMap<string, NetworkEvent>,
): boolean {
  if (filter.kind === 'event') return person.eventIds.includes(filter.id);
  return person.eventIds.some((id) => events.get(id)?.series === filter.name);
}

export interface FilteredNetwork {
  people: ReadonlySet<string>;
  /** Whether a tie between two kept people is kept too. */
  keepsTie(tie: Tie): boolean;
}

export function filterNetwork(
  graph: NetworkGraph,
  filters: NetworkFilters,
  events: ReadonlyMap<string, NetworkEvent>,
  now: number,
): FilteredNetwork {
  const since = rangeStart(filters.range, now);
  const people = new Set<string>();
  graph.forEachNode((id, person) => {
    if (filters.onlyMet && person.interactions === 0) return;
    if (filters.topic !== null && !person.topics.includes(filters.topic)) return;
    if (filters.event !== null && !atEvent(person, filters.event, events)) return;
    if (since !== null && person.lastContactAt < since) return;
    people.add(id);
  });
  return {
    people,
    keepsTie: (tie) => since === null || tie.lastAt >= since,
  };
}

/** The people within `depth` ties of `centre` among `among` (the centre included), by distance. */
export function neighbourhood(
  graph: NetworkGraph,
  centre: string,
  among: ReadonlySet<string>,
  depth = 2,
): Map<string, number> {
  const distance = new Map<string, number>();
  if (!graph.hasNode(centre)) return distance;
  distance.set(centre, 0);
  let frontier = [centre];
  for (let step = 1; step <= depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      graph.forEachNeighbor(id, (neighbour) => {
        if (distance.has(neighbour) || !among.has(neighbour)) return;
        distance.set(neighbour, step);
        next.push(neighbour);
      });
    }
    frontier = next;
  }
  return distance;
}
