import { describe, expect, it } from 'vitest';
import { LIVE } from '../domain/entities';
import { buildNetworkGraph, MAX_EVENT_SIZE_FOR_TIES, pairKey } from './build-network-graph';
import type {
  NetworkEvent,
  NetworkIntroduction,
  NetworkPerson,
  NetworkRelationship,
  NetworkSource,
} from './network-source';

const NOW = Date.UTC(2026, 11, 1);
const YEAR = 365.25 * 24 * 60 * 60 * 1000;

function person(id: string, fields: Partial<NetworkPerson> = {}): NetworkPerson {
  return {
    id,
    displayName: id.toUpperCase(),
    company: '',
    interests: [],
    offers: [],
    asks: [],
    lastContactAt: 0,
    deletedAt: LIVE,
    ...fields,
  };
}

function event(id: string, startsAt: number, deletedAt = LIVE): NetworkEvent {
  return { id, name: `Event ${id}`, series: '', startsAt, deletedAt };
}

function relationship(
  fromId: string,
  toId: string,
  fields: Partial<NetworkRelationship> = {},
): NetworkRelationship {
  return {
    id: `${fromId}-${toId}`,
    fromId,
    toId,
    kind: 'knows',
    until: null,
    updatedAt: NOW,
    deletedAt: LIVE,
    ...fields,
  };
}

function introduction(
  aId: string,
  bId: string,
  fields: Partial<NetworkIntroduction> = {},
): NetworkIntroduction {
  return {
    id: `i-${aId}-${bId}`,
    aId,
    bId,
    status: 'made',
    madeAt: NOW,
    deletedAt: LIVE,
    ...fields,
  };
}

function source(fields: Partial<NetworkSource>): NetworkSource {
  return {
    people: [],
    interactionCounts: new Map(),
    meetings: [],
    events: [],
    relationships: [],
    introductions: [],
    ...fields,
  };
}

describe('buildNetworkGraph', () => {
  it('makes a node per live person with what the user knows of them', () => {
    const graph = buildNetworkGraph(
      source({
        people: [
          person('aoi', { company: 'Ferrous', interests: ['rust'], offers: ['rust', 'wasm'] }),
          person('gone', { deletedAt: 5 }),
        ],
        interactionCounts: new Map([['aoi', 3]]),
        meetings: [{ eventId: 'e1', personId: 'aoi' }],
        events: [event('e1', NOW - YEAR)],
      }),
      { now: NOW },
    );
    expect(graph.order).toBe(1);
    expect(graph.getNodeAttributes('aoi')).toEqual({
      label: 'AOI',
      company: 'Ferrous',
      topics: ['rust', 'wasm'],
      interactions: 3,
      eventIds: ['e1'],
      lastContactAt: 0,
    });
  });

  it('joins a pair once, with every piece of evidence on the one tie', () => {
    const graph = buildNetworkGraph(
      source({
        people: [person('a'), person('b')],
        relationships: [relationship('a', 'b', { kind: 'works-with' })],
        introductions: [introduction('a', 'b', { status: 'connected', madeAt: NOW - 10 })],
        meetings: [
          { eventId: 'e1', personId: 'a' },
          { eventId: 'e1', personId: 'b' },
        ],
        events: [event('e1', NOW - 100)],
      }),
      { now: NOW },
    );
    expect(graph.size).toBe(1);
    const tie = graph.getEdgeAttributes(pairKey('b', 'a'));
    expect(tie.relationships).toEqual([{ id: 'a-b', kind: 'works-with', fromId: 'a', toId: 'b' }]);
    expect(tie.introduction).toEqual({ id: 'i-a-b', status: 'connected', madeAt: NOW - 10 });
    expect(tie.sharedEventIds).toEqual(['e1']);
    expect(tie.lastAt).toBe(NOW);
    expect(tie.strength).toBeGreaterThan(0.95);
    expect(tie.strength).toBeLessThan(1);
  });

  it('leaves out trashed rows and ties to people not in the graph', () => {
    const graph = buildNetworkGraph(
      source({
        people: [person('a'), person('b'), person('trashed', { deletedAt: 9 })],
        relationships: [
          relationship('a', 'b', { deletedAt: 3 }),
          relationship('a', 'trashed'),
          relationship('a', 'missing'),
        ],
        introductions: [
          introduction('a', 'b', { deletedAt: 4 }),
          introduction('a', 'b', { id: 'idea', status: 'idea', madeAt: null }),
        ],
        meetings: [
          { eventId: 'gone', personId: 'a' },
          { eventId: 'gone', personId: 'b' },
        ],
        events: [event('gone', NOW, 7)],
      }),
      { now: NOW },
    );
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(0);
    expect(graph.getNodeAttribute('a', 'eventIds')).toEqual([]);
  });

  it('makes stronger ties of closer relationships, more shared events and recent evidence', () => {
    const graph = buildNetworkGraph(
      source({
        people: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => person(id)),
        relationships: [
          relationship('a', 'b', { kind: 'partner' }),
          relationship('a', 'c', { kind: 'knows' }),
          relationship('a', 'd', { kind: 'knows', until: NOW - 5 * YEAR }),
        ],
        meetings: [
          ...['e1', 'e2', 'e3'].flatMap((eventId) => [
            { eventId, personId: 'e' },
            { eventId, personId: 'f' },
          ]),
          { eventId: 'old', personId: 'a' },
          { eventId: 'old', personId: 'f' },
        ],
        events: [
          event('e1', NOW - 1),
          event('e2', NOW - 2),
          event('e3', NOW - 3),
          event('old', NOW - 6 * YEAR),
        ],
      }),
      { now: NOW },
    );
    const strength = (x: string, y: string) => graph.getEdgeAttribute(pairKey(x, y), 'strength');
    expect(strength('a', 'b')).toBeGreaterThan(strength('a', 'c'));
    expect(strength('a', 'c')).toBeGreaterThan(strength('a', 'd'));
    expect(strength('e', 'f')).toBeGreaterThan(strength('a', 'f'));
    expect(graph.getEdgeAttribute(pairKey('e', 'f'), 'sharedEventIds')).toHaveLength(3);
  });

  it('adds no ties for an event where the user met too many people to say who knows whom', () => {
    const crowd = Array.from({ length: MAX_EVENT_SIZE_FOR_TIES + 1 }, (_, i) => `p${i}`);
    const graph = buildNetworkGraph(
      source({
        people: crowd.map((id) => person(id)),
        meetings: crowd.map((personId) => ({ eventId: 'conf', personId })),
        events: [event('conf', NOW)],
      }),
      { now: NOW },
    );
    expect(graph.size).toBe(0);
    expect(graph.getNodeAttribute('p0', 'eventIds')).toEqual(['conf']);
  });
});
