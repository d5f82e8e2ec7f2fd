import { describe, expect, it } from 'vitest';
import { LIVE } from '../domain/entities';
import { buildNetworkGraph } from './build-network-graph';
import { buildWarmPathGraph } from './build-warm-path-graph';
import type { NetworkPerson, NetworkSource } from './network-source';
import { findWarmPaths } from './warm-paths';

const NOW = Date.UTC(2026, 11, 1);
const DAY = 24 * 60 * 60 * 1000;

const person = (id: string, company = ''): NetworkPerson => ({
  id,
  displayName: id,
  company,
  interests: [],
  offers: [],
  asks: [],
  lastContactAt: 0,
  deletedAt: LIVE,
});

/** Aoi and Bruno met at two events (Bruno also at a trashed one); Aoi knows Chen at Acme. */
const source: NetworkSource = {
  people: [person('aoi'), person('bruno'), person('chen', 'Acme'), person('dana', 'Acme')],
  interactionCounts: new Map([
    ['aoi', 2],
    ['bruno', 3],
  ]),
  meetings: [
    { eventId: 'e1', personId: 'aoi' },
    { eventId: 'e1', personId: 'bruno' },
    { eventId: 'e2', personId: 'aoi' },
    { eventId: 'e2', personId: 'bruno' },
    { eventId: 'trashed', personId: 'bruno' },
  ],
  events: [
    { id: 'e1', name: 'One', series: '', startsAt: NOW - 10 * DAY, deletedAt: LIVE },
    { id: 'e2', name: 'Two', series: '', startsAt: NOW - 5 * DAY, deletedAt: LIVE },
    { id: 'trashed', name: 'Gone', series: '', startsAt: NOW - DAY, deletedAt: NOW },
  ],
  relationships: [
    {
      id: 'r1',
      fromId: 'aoi',
      toId: 'chen',
      kind: 'knows',
      until: null,
      updatedAt: NOW - DAY,
      deletedAt: LIVE,
    },
    {
      id: 'r2',
      fromId: 'bruno',
      toId: 'dana',
      kind: 'works-with',
      until: null,
      updatedAt: NOW - DAY,
      deletedAt: LIVE,
    },
  ],
  introductions: [],
};

describe('buildWarmPathGraph', () => {
  const full = buildNetworkGraph(source, { now: NOW });
  const lean = buildWarmPathGraph(source, { now: NOW });

  it('keeps every person as the full graph has them, their events included', () => {
    expect(lean.nodes()).toEqual(full.nodes());
    for (const id of full.nodes()) {
      expect(lean.getNodeAttributes(id)).toEqual(full.getNodeAttributes(id));
    }
    expect(lean.getNodeAttribute('bruno', 'eventIds')).toEqual(['e1', 'e2']);
  });

  it('leaves out the ties of people met at the same events, and only them', () => {
    expect(full.hasEdge('aoi', 'bruno')).toBe(true);
    expect(lean.hasEdge('aoi', 'bruno')).toBe(false);
    expect(lean.edges()).toEqual(full.edges().filter((edge) => edge !== full.edge('aoi', 'bruno')));
    expect(lean.getEdgeAttributes('aoi', 'chen')).toEqual(full.getEdgeAttributes('aoi', 'chen'));
  });

  it('finds the same warm paths as the full graph', () => {
    for (const target of [
      { kind: 'company', name: 'acme' },
      { kind: 'person', personId: 'bruno' },
      { kind: 'person', personId: 'dana' },
    ] as const) {
      expect(findWarmPaths(lean, target, { now: NOW })).toEqual(
        findWarmPaths(full, target, { now: NOW }),
      );
    }
  });
});
