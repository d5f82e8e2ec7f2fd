import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { LIVE, type RelationshipKind } from '../domain/entities';
import { buildNetworkGraph } from './build-network-graph';
import type { NetworkGraph, PersonNode, Tie } from './network-graph-types';
import type { NetworkPerson, NetworkRelationship, NetworkSource } from './network-source';
import { findWarmPaths, foldCompany, indexTargets } from './warm-paths';

const NOW = Date.UTC(2026, 11, 1);
const DAY = 24 * 60 * 60 * 1000;

function person(label: string, overrides: Partial<PersonNode> = {}): PersonNode {
  return {
    label,
    company: '',
    topics: [],
    interactions: 0,
    eventIds: [],
    lastContactAt: 0,
    ...overrides,
  };
}

const known = (label: string, overrides: Partial<PersonNode> = {}) =>
  person(label, { interactions: 3, lastContactAt: NOW - 30 * DAY, ...overrides });

function tie(strength: number, overrides: Partial<Tie> = {}): Tie {
  return {
    relationships: [],
    introduction: null,
    sharedEventIds: [],
    lastAt: NOW - 60 * DAY,
    strength,
    ...overrides,
  };
}

function stated(fromId: string, toId: string, kind: RelationshipKind = 'knows') {
  return tie(0.8, { relationships: [{ id: `${fromId}-${toId}`, kind, fromId, toId }] });
}

/** A cast: people by id, and ties as [a, b, tie]. */
function cast(people: Record<string, PersonNode>, ties: [string, string, Tie][]): NetworkGraph {
  const graph: NetworkGraph = new Graph({ type: 'undirected' });
  for (const [id, node] of Object.entries(people)) graph.addNode(id, node);
  for (const [a, b, attributes] of ties) graph.addEdge(a, b, attributes);
  return graph;
}

describe('findWarmPaths', () => {
  it('puts the shortest chain first, whatever the strength of a longer one', () => {
    const graph = cast(
      {
        aoi: known('Aoi'),
        bruno: known('Bruno'),
        chen: person('Chen'),
        dana: person('Dana'),
        target: person('Tomoko'),
      },
      [
        ['aoi', 'chen', tie(1)],
        ['chen', 'target', tie(1)],
        ['bruno', 'dana', tie(0.1)],
        ['dana', 'target', tie(0.1)],
        ['aoi', 'target', tie(0.05)],
      ],
    );
    const { paths } = findWarmPaths(graph, { kind: 'person', personId: 'target' }, { now: NOW });
    expect(paths.map((path) => path.personIds)).toEqual([
      ['aoi', 'target'],
      ['bruno', 'dana', 'target'],
    ]);
    expect(paths[0].hops).toBe(2);
    expect(paths[0].steps).toEqual([
      { fromId: 'aoi', toId: 'target', tie: graph.getEdgeAttributes('aoi', 'target') },
    ]);
  });

  it('among chains of the same length, the strongest comes first, then the most recent', () => {
    const graph = cast(
      {
        aoi: known('Aoi'),
        bruno: known('Bruno'),
        chen: known('Chen'),
        target: person('Tomoko'),
      },
      [
        ['aoi', 'target', tie(0.3)],
        ['bruno', 'target', tie(0.9)],
        ['chen', 'target', tie(0.3, { lastAt: NOW - DAY })],
      ],
    );
    const { paths } = findWarmPaths(graph, { kind: 'person', personId: 'target' }, { now: NOW });
    expect(paths.map((path) => path.introducerId)).toEqual(['bruno', 'chen', 'aoi']);
  });

  it('weighs how well the user knows the introducer', () => {
    const graph = cast(
      {
        seldom: known('Seldom', { interactions: 1, lastContactAt: NOW - 900 * DAY }),
        often: known('Often', { interactions: 12, lastContactAt: NOW - 2 * DAY }),
        target: person('Tomoko'),
      },
      [
        ['seldom', 'target', tie(0.5)],
        ['often', 'target', tie(0.5)],
      ],
    );
    const { paths } = findWarmPaths(graph, { kind: 'person', personId: 'target' }, { now: NOW });
    expect(paths.map((path) => path.introducerId)).toEqual(['often', 'seldom']);
  });

  it('picks the strongest route behind one introducer and keeps introducers distinct', () => {
    const graph = cast(
      {
        aoi: known('Aoi'),
        weak: person('Weak'),
        strong: person('Strong'),
        target: person('Tomoko'),
      },
      [
        ['aoi', 'weak', tie(0.2)],
        ['weak', 'target', tie(0.2)],
        ['aoi', 'strong', tie(0.9)],
        ['strong', 'target', tie(0.9)],
      ],
    );
    const { paths } = findWarmPaths(graph, { kind: 'person', personId: 'target' }, { now: NOW });
    expect(paths).toHaveLength(1);
    expect(paths[0].personIds).toEqual(['aoi', 'strong', 'target']);
    expect(paths[0].steps.map((step) => [step.fromId, step.toId])).toEqual([
      ['aoi', 'strong'],
      ['strong', 'target'],
    ]);
  });

  it('never leads through someone the user knows: that person is the introducer', () => {
    const graph = cast({ aoi: known('Aoi'), bruno: known('Bruno'), target: person('Tomoko') }, [
      ['aoi', 'bruno', tie(1)],
      ['bruno', 'target', tie(1)],
    ]);
    const { paths } = findWarmPaths(graph, { kind: 'person', personId: 'target' }, { now: NOW });
    expect(paths.map((path) => path.personIds)).toEqual([['bruno', 'target']]);
  });

  it('finds none when no one the user knows connects, or the chain is too long', () => {
    const graph = cast(
      {
        aoi: known('Aoi'),
        p1: person('P1'),
        p2: person('P2'),
        p3: person('P3'),
        p4: person('P4'),
        far: person('Far'),
        island: person('Island'),
        stranger: person('Stranger'),
      },
      [
        ['aoi', 'p1', tie(1)],
        ['p1', 'p2', tie(1)],
        ['p2', 'p3', tie(1)],
        ['p3', 'p4', tie(1)],
        ['p4', 'far', tie(1)],
        ['island', 'stranger', tie(1)],
      ],
    );
    const to = (personId: string) =>
      findWarmPaths(graph, { kind: 'person', personId }, { now: NOW });
    expect(to('island').paths).toEqual([]);
    expect(to('far').paths).toEqual([]);
    expect(to('p4').paths.map((path) => path.hops)).toEqual([5]);
    expect(to('nobody')).toEqual({ targetIds: [], knownTargetIds: [], paths: [] });
  });

  it('reports a target the user already knows as known, with no chain', () => {
    const graph = cast({ aoi: known('Aoi'), bruno: known('Bruno') }, [['aoi', 'bruno', tie(1)]]);
    expect(findWarmPaths(graph, { kind: 'person', personId: 'aoi' }, { now: NOW })).toEqual({
      targetIds: ['aoi'],
      knownTargetIds: ['aoi'],
      paths: [],
    });
  });

  it('finds everyone at a company, whatever the case and width of its name', () => {
    const graph = cast(
      {
        aoi: known('Aoi'),
        bruno: known('Bruno', { company: 'ACME Corp' }),
        chen: person('Chen', { company: 'acme  corp' }),
        dana: person('Dana', { company: 'ＡＣＭＥ Corp' }),
        eve: person('Eve', { company: 'Acme Corporation' }),
        fay: known('Fay'),
      },
      [
        ['aoi', 'chen', stated('aoi', 'chen', 'works-with')],
        ['fay', 'dana', tie(0.4)],
        ['aoi', 'eve', tie(1)],
      ],
    );
    const result = findWarmPaths(graph, { kind: 'company', name: 'Acme corp' }, { now: NOW });
    expect(result.targetIds.sort()).toEqual(['bruno', 'chen', 'dana']);
    expect(result.knownTargetIds).toEqual(['bruno']);
    expect(result.paths.map((path) => path.personIds)).toEqual([
      ['aoi', 'chen'],
      ['fay', 'dana'],
    ]);
    expect(foldCompany('  Ａｃｍｅ   Corp ')).toBe('acme corp');
    const index = indexTargets(graph);
    expect(
      findWarmPaths(graph, { kind: 'company', name: 'Acme corp' }, { now: NOW, index }),
    ).toEqual(result);
    expect(findWarmPaths(graph, { kind: 'company', name: 'Initech' }, { now: NOW, index })).toEqual(
      { targetIds: [], knownTargetIds: [], paths: [] },
    );
  });

  it('finds people by topic key', () => {
    const graph = cast(
      {
        aoi: known('Aoi'),
        chen: person('Chen', { topics: ['rust', 'wasm'] }),
        dana: person('Dana', { topics: ['go'] }),
      },
      [
        ['aoi', 'chen', tie(1)],
        ['aoi', 'dana', tie(1)],
      ],
    );
    const result = findWarmPaths(graph, { kind: 'topic', key: 'rust' }, { now: NOW });
    expect(result.targetIds).toEqual(['chen']);
    const index = indexTargets(graph);
    expect(findWarmPaths(graph, { kind: 'topic', key: 'rust' }, { now: NOW, index })).toEqual(
      result,
    );
    expect(result.paths.map((path) => path.personIds)).toEqual([['aoi', 'chen']]);
  });

  it('returns at most `limit` chains', () => {
    const people: Record<string, PersonNode> = { target: person('Tomoko') };
    const ties: [string, string, Tie][] = [];
    for (let i = 0; i < 8; i += 1) {
      people[`k${i}`] = known(`K${i}`);
      ties.push([`k${i}`, 'target', tie(0.5)]);
    }
    const graph = cast(people, ties);
    const { paths } = findWarmPaths(
      graph,
      { kind: 'person', personId: 'target' },
      { now: NOW, limit: 3 },
    );
    expect(paths.map((path) => path.introducerId)).toEqual(['k0', 'k1', 'k2']);
  });
});

describe('findWarmPaths on a graph built from stored rows', () => {
  const row = (id: string, fields: Partial<NetworkPerson> = {}): NetworkPerson => ({
    id,
    displayName: id,
    company: '',
    interests: [],
    offers: [],
    asks: [],
    lastContactAt: 0,
    deletedAt: LIVE,
    ...fields,
  });
  const relationship = (fromId: string, toId: string): NetworkRelationship => ({
    id: `${fromId}-${toId}`,
    fromId,
    toId,
    kind: 'works-with',
    until: null,
    updatedAt: NOW - DAY,
    deletedAt: LIVE,
  });
  const source = (
    people: NetworkPerson[],
    relationships: NetworkRelationship[],
  ): NetworkSource => ({
    people,
    interactionCounts: new Map([['aoi', 2]]),
    meetings: [],
    events: [],
    relationships,
    introductions: [],
  });

  it('never leads through a trashed person', () => {
    const people = [
      row('aoi', { lastContactAt: NOW - DAY }),
      row('trashed', { deletedAt: NOW - DAY }),
      row('bruno'),
      row('target', { company: 'Acme' }),
    ];
    const ties = [
      relationship('aoi', 'trashed'),
      relationship('trashed', 'target'),
      relationship('aoi', 'bruno'),
      relationship('bruno', 'target'),
    ];
    const viaBruno = findWarmPaths(
      buildNetworkGraph(source(people, ties), { now: NOW }),
      { kind: 'company', name: 'acme' },
      { now: NOW },
    );
    expect(viaBruno.paths.map((path) => path.personIds)).toEqual([['aoi', 'bruno', 'target']]);

    const onlyThroughTrashed = findWarmPaths(
      buildNetworkGraph(source(people, ties.slice(0, 2)), { now: NOW }),
      { kind: 'company', name: 'acme' },
      { now: NOW },
    );
    expect(onlyThroughTrashed).toEqual({ targetIds: ['target'], knownTargetIds: [], paths: [] });
  });
});
