import { describe, expect, it } from 'vitest';
import { LIVE } from '../../../shared/domain/entities';
import type { NetworkEvent } from '../../../shared/network/network-source';
import { FIXTURE_NOW, fixtureNetwork, fixturePerson } from './network-fixture';
import { filterNetwork, neighbourhood, NO_FILTERS } from './network-filters';

const DAY = 24 * 60 * 60 * 1000;

const events = new Map<string, NetworkEvent>([
  ['rf25', { id: 'rf25', name: 'RustFest 2025', series: 'RustFest', startsAt: 1, deletedAt: LIVE }],
  ['rf26', { id: 'rf26', name: 'RustFest 2026', series: 'RustFest', startsAt: 2, deletedAt: LIVE }],
  ['go', { id: 'go', name: 'Go meetup', series: '', startsAt: 3, deletedAt: LIVE }],
]);

function castGraph() {
  const graph = fixtureNetwork(
    [
      fixturePerson('aoi', { interests: ['rust'], lastContactAt: FIXTURE_NOW - 5 * DAY }),
      fixturePerson('bruno', { offers: ['go'], lastContactAt: FIXTURE_NOW - 200 * DAY }),
      fixturePerson('chen', { asks: ['rust'] }),
      fixturePerson('dana'),
      fixturePerson('eli'),
    ],
    [
      ['aoi', 'bruno'],
      ['bruno', 'chen'],
      ['chen', 'dana'],
      ['dana', 'eli'],
    ],
  );
  // What the graph knows of meetings, set directly: interactions and events per person.
  graph.mergeNodeAttributes('aoi', { interactions: 3, eventIds: ['rf25'] });
  graph.mergeNodeAttributes('bruno', { interactions: 1, eventIds: ['rf26', 'go'] });
  return graph;
}

const kept = (graph: ReturnType<typeof castGraph>, filters: Partial<typeof NO_FILTERS>) =>
  [...filterNetwork(graph, { ...NO_FILTERS, ...filters }, events, FIXTURE_NOW).people].sort();

describe('filterNetwork', () => {
  const graph = castGraph();

  it('keeps everyone without filters', () => {
    expect(kept(graph, {})).toEqual(['aoi', 'bruno', 'chen', 'dana', 'eli']);
  });

  it('keeps the people with a topic among their interests, offers or asks', () => {
    expect(kept(graph, { topic: 'rust' })).toEqual(['aoi', 'chen']);
  });

  it('keeps the people met at one event, or at any event of a series', () => {
    expect(kept(graph, { event: { kind: 'event', id: 'go' } })).toEqual(['bruno']);
    expect(kept(graph, { event: { kind: 'series', name: 'RustFest' } })).toEqual(['aoi', 'bruno']);
  });

  it('keeps only the people met, and those met within the time range', () => {
    expect(kept(graph, { onlyMet: true })).toEqual(['aoi', 'bruno']);
    expect(kept(graph, { range: 'month' })).toEqual(['aoi']);
    expect(kept(graph, { range: 'year' })).toEqual(['aoi', 'bruno']);
  });

  it('keeps ties active within the time range only', () => {
    const filtered = filterNetwork(graph, { ...NO_FILTERS, range: 'month' }, events, FIXTURE_NOW);
    const tie = graph.getEdgeAttributes('aoi', 'bruno');
    expect(filtered.keepsTie(tie)).toBe(true);
    expect(filtered.keepsTie({ ...tie, lastAt: FIXTURE_NOW - 40 * DAY })).toBe(false);
  });
});

describe('neighbourhood', () => {
  const graph = castGraph();
  const everyone = new Set(graph.nodes());

  it('holds the person and everyone within two ties, with their distance', () => {
    expect(Object.fromEntries(neighbourhood(graph, 'aoi', everyone))).toEqual({
      aoi: 0,
      bruno: 1,
      chen: 2,
    });
    expect([...neighbourhood(graph, 'chen', everyone).keys()].sort()).toEqual([
      'aoi',
      'bruno',
      'chen',
      'dana',
      'eli',
    ]);
  });

  it('goes only through people the filters keep', () => {
    const withoutBruno = new Set(['aoi', 'chen', 'dana', 'eli']);
    expect([...neighbourhood(graph, 'aoi', withoutBruno).keys()]).toEqual(['aoi']);
  });

  it('is empty for someone not in the graph', () => {
    expect(neighbourhood(graph, 'nobody', everyone).size).toBe(0);
  });
});
