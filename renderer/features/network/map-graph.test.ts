import { describe, expect, it } from 'vitest';
import { LIVE } from '../../../shared/domain/entities';
import { detectCommunities } from './communities';
import { buildMapGraph, MAX_DRAWN_TIES, nodeSize, TIE_COLOURS } from './map-graph';
import { filterNetwork, NO_FILTERS } from './network-filters';
import { FIXTURE_NOW, fixtureNetwork, fixturePerson } from './network-fixture';

function mapOf(graph: ReturnType<typeof fixtureNetwork>) {
  const filtered = filterNetwork(graph, NO_FILTERS, new Map(), FIXTURE_NOW);
  return buildMapGraph(graph, filtered, detectCommunities(graph), new Map()).map;
}

describe('buildMapGraph', () => {
  it('draws directed relationships from their first person to the second, with an arrow', () => {
    const graph = fixtureNetwork(
      [fixturePerson('mentor'), fixturePerson('mentee'), fixturePerson('friend')],
      [
        ['mentee', 'friend', 'knows'],
        ['mentor', 'mentee', 'mentor-of'],
      ],
    );
    const map = mapOf(graph);
    const [mentorTie] = map.edges('mentor', 'mentee');
    expect(map.source(mentorTie)).toBe('mentor');
    expect(map.getEdgeAttribute(mentorTie, 'head')).toBe('arrow');
    const [friendTie] = map.edges('mentee', 'friend');
    expect(map.getEdgeAttribute(friendTie, 'head')).toBe('none');
    expect(map.getEdgeAttribute(friendTie, 'color')).toBe(TIE_COLOURS.relationship);
  });

  it('draws introduced pairs in their own colour', () => {
    const graph = fixtureNetwork([fixturePerson('a'), fixturePerson('b')], [], {
      introductions: [
        { id: 'i', aId: 'a', bId: 'b', status: 'made', madeAt: FIXTURE_NOW, deletedAt: LIVE },
      ],
    });
    const map = mapOf(graph);
    expect(map.getEdgeAttribute(map.edges('a', 'b')[0], 'kind')).toBe('introduction');
    expect(map.getEdgeAttribute(map.edges('a', 'b')[0], 'color')).toBe(TIE_COLOURS.introduction);
  });

  it('sizes people by how often the user met them', () => {
    expect(nodeSize(0)).toBeLessThan(nodeSize(1));
    expect(nodeSize(1)).toBeLessThan(nodeSize(10));
    expect(nodeSize(1000)).toBe(nodeSize(50));
  });

  it('draws only the strongest ties when there are too many, and keeps the rest for the layout', () => {
    const people = Array.from({ length: 240 }, (_, i) => fixturePerson(`p${i}`));
    const ties: [string, string][] = [];
    for (let i = 0; i < 240 && ties.length <= MAX_DRAWN_TIES; i++) {
      for (let j = i + 1; j < 240 && ties.length <= MAX_DRAWN_TIES; j++) {
        ties.push([`p${i}`, `p${j}`]);
      }
    }
    const graph = fixtureNetwork(people, ties);
    const strong = graph.edges()[7];
    graph.setEdgeAttribute(strong, 'strength', 1);
    graph.forEachEdge((edge) => {
      if (edge !== strong) graph.setEdgeAttribute(edge, 'strength', 0.5);
    });
    const filtered = filterNetwork(graph, NO_FILTERS, new Map(), FIXTURE_NOW);
    const { map, undrawn } = buildMapGraph(graph, filtered, detectCommunities(graph), new Map());
    expect(map.hasEdge(strong)).toBe(true);
    expect(map.size).toBe(MAX_DRAWN_TIES);
    expect(undrawn).toHaveLength(graph.size - MAX_DRAWN_TIES);
    expect(mapOf(fixtureNetwork(people.slice(0, 3), ties.slice(0, 2))).size).toBe(2);
  });
});
