// Builds the network graph from the stored rows (docs/architecture.md, "Network"): a node per
// live person, an undirected edge per pair that the data ties together — a relationship the user
// stated, an introduction the user made, or both met by the user at the same event. Rows that are
// trashed or point at someone not in the graph are left out, so no path or map shows a trashed
// person. Pure and synchronous: the map, warm paths and event prep build it where they need it.
import Graph from 'graphology';
import { LIVE } from '../domain/entities';
import type { NetworkGraph, PersonNode, Tie } from './network-graph-types';
import type { NetworkSource } from './network-source';
import {
  combineStrengths,
  introductionStrength,
  recency,
  relationshipStrength,
  sharedEventsStrength,
} from './tie-strength';

/**
 * At an event where the user met more people than this, having both been there says little about
 * whether two of them know each other, and its pairs would swamp the graph (n² of them): such an
 * event adds no ties (its meetings still count on each person's node).
 */
export const MAX_EVENT_SIZE_FOR_TIES = 60;

export interface BuildNetworkGraphOptions {
  /** The time recency is measured from. */
  now: number;
}

interface TieDraft extends Tie {
  ends: [string, string];
  /** Each piece of evidence's strength, already weighted by its recency. */
  evidence: number[];
}

export function pairKey(first: string, second: string): string {
  return first < second ? `${first}|${second}` : `${second}|${first}`;
}

function emptyTie(first: string, second: string): TieDraft {
  return {
    ends: [first, second],
    relationships: [],
    introduction: null,
    sharedEventIds: [],
    lastAt: 0,
    strength: 0,
    evidence: [],
  };
}

export function buildNetworkGraph(
  source: NetworkSource,
  { now }: BuildNetworkGraphOptions,
): NetworkGraph {
  const graph: NetworkGraph = new Graph<PersonNode, Tie>({
    type: 'undirected',
    multi: false,
    allowSelfLoops: false,
  });
  const events = new Map(
    source.events.filter((event) => event.deletedAt === LIVE).map((event) => [event.id, event]),
  );
  const eventIdsOf = new Map<string, string[]>();
  const attendeesOf = new Map<string, string[]>();
  for (const person of source.people) {
    if (person.deletedAt !== LIVE) continue;
    eventIdsOf.set(person.id, []);
  }
  for (const { eventId, personId } of source.meetings) {
    const personEvents = eventIdsOf.get(personId);
    if (!personEvents || !events.has(eventId)) continue;
    personEvents.push(eventId);
    const attendees = attendeesOf.get(eventId);
    if (attendees) attendees.push(personId);
    else attendeesOf.set(eventId, [personId]);
  }
  for (const person of source.people) {
    const eventIds = eventIdsOf.get(person.id);
    if (!eventIds || graph.hasNode(person.id)) continue;
    graph.addNode(person.id, {
      label: person.displayName,
      company: person.company,
      topics: [...new Set([...person.interests, ...person.offers, ...person.asks])],
      interactions: source.interactionCounts.get(person.id) ?? 0,
      eventIds,
      lastContactAt: person.lastContactAt,
    });
  }

  const ties = new Map<string, TieDraft>();
  const tieOf = (first: string, second: string): TieDraft | undefined => {
    if (first === second || !graph.hasNode(first) || !graph.hasNode(second)) return undefined;
    const key = pairKey(first, second);
    let tie = ties.get(key);
    if (!tie) ties.set(key, (tie = emptyTie(first, second)));
    return tie;
  };

  for (const relationship of source.relationships) {
    if (relationship.deletedAt !== LIVE) continue;
    const tie = tieOf(relationship.fromId, relationship.toId);
    if (!tie) continue;
    const { id, kind, fromId, toId, until, updatedAt } = relationship;
    tie.relationships.push({ id, kind, fromId, toId });
    const ended = until !== null && until <= now;
    tie.evidence.push(relationshipStrength(kind, ended) * (ended ? recency(until, now) : 1));
    tie.lastAt = Math.max(tie.lastAt, ended ? until : updatedAt);
  }
  for (const introduction of source.introductions) {
    const { id, aId, bId, status, madeAt, deletedAt } = introduction;
    if (deletedAt !== LIVE || madeAt === null) continue;
    if (status !== 'made' && status !== 'connected') continue;
    const tie = tieOf(aId, bId);
    if (!tie) continue;
    tie.introduction = { id, status, madeAt };
    tie.evidence.push(introductionStrength(status) * recency(madeAt, now));
    tie.lastAt = Math.max(tie.lastAt, madeAt);
  }
  const sharedEventTies = new Set<TieDraft>();
  for (const [eventId, attendees] of attendeesOf) {
    if (attendees.length > MAX_EVENT_SIZE_FOR_TIES) continue;
    const startsAt = events.get(eventId)?.startsAt ?? 0;
    for (let i = 0; i < attendees.length; i++) {
      for (let j = i + 1; j < attendees.length; j++) {
        const tie = tieOf(attendees[i], attendees[j]);
        if (!tie || tie.sharedEventIds.includes(eventId)) continue;
        tie.sharedEventIds.push(eventId);
        tie.lastAt = Math.max(tie.lastAt, startsAt);
        sharedEventTies.add(tie);
      }
    }
  }
  for (const tie of sharedEventTies) {
    const newest = Math.max(...tie.sharedEventIds.map((id) => events.get(id)?.startsAt ?? 0));
    tie.evidence.push(sharedEventsStrength(tie.sharedEventIds.length) * recency(newest, now));
  }

  for (const [key, { ends, evidence, ...tie }] of ties) {
    graph.addUndirectedEdgeWithKey(key, ends[0], ends[1], {
      ...tie,
      strength: combineStrengths(evidence),
    });
  }
  return graph;
}
