import { describe, expect, it } from 'vitest';
import {
  COMMUNITY_PALETTE,
  communityColour,
  detectCommunities,
  OTHER_COMMUNITY_COLOUR,
} from './communities';
import { fixtureNetwork, fixturePerson } from './network-fixture';

/** Two cliques of five joined by one tie, a pair, and someone alone. */
function twoCliques() {
  const ids = ['a1', 'a2', 'a3', 'a4', 'a5', 'b1', 'b2', 'b3', 'b4', 'b5', 'c1', 'c2', 'lone'];
  const ties: [string, string][] = [];
  for (const group of ['a', 'b']) {
    for (let i = 1; i <= 5; i++) {
      for (let j = i + 1; j <= 5; j++) ties.push([`${group}${i}`, `${group}${j}`]);
    }
  }
  ties.push(['a1', 'b1'], ['c1', 'c2']);
  return fixtureNetwork(
    ids.map((id) => fixturePerson(id)),
    ties,
  );
}

describe('detectCommunities', () => {
  it('gives the same communities and colours for the same seed, every time', () => {
    const colours = (seed: number) => {
      const graph = twoCliques();
      const communities = detectCommunities(graph, seed);
      return graph.nodes().map((id) => [id, communityColour(communities, id)]);
    };
    expect(colours(15)).toEqual(colours(15));
    expect(colours(3)).toEqual(colours(3));
  });

  it('is deterministic where the grouping is a close call (a ring, where Louvain draws lots)', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `p${String(i).padStart(2, '0')}`);
    const ring = () =>
      fixtureNetwork(
        ids.map((id) => fixturePerson(id)),
        ids.map((id, i): [string, string] => [id, ids[(i + 1) % ids.length]]),
      );
    const ranks = () => {
      const communities = detectCommunities(ring());
      return ids.map((id) => communities.rankOf.get(id));
    };
    const first = ranks();
    for (let run = 0; run < 5; run++) expect(ranks()).toEqual(first);
  });

  it('finds the cliques, ranks them by size and colours them from the palette', () => {
    const graph = twoCliques();
    const communities = detectCommunities(graph);
    const rank = (id: string) => communities.rankOf.get(id);
    expect(new Set(['a1', 'a2', 'a3', 'a4', 'a5'].map(rank)).size).toBe(1);
    expect(new Set(['b1', 'b2', 'b3', 'b4', 'b5'].map(rank)).size).toBe(1);
    expect(rank('a1')).not.toBe(rank('b1'));
    expect(communities.sizes.slice(0, 2)).toEqual([5, 5]);
    // Equal sizes: the community with the smaller member id ranks first.
    expect(communityColour(communities, 'a3')).toBe(COMMUNITY_PALETTE[0]);
    expect(communityColour(communities, 'b3')).toBe(COMMUNITY_PALETTE[1]);
    expect(communityColour(communities, 'c1')).toBe(COMMUNITY_PALETTE[2]);
  });

  it('leaves people alone in a neutral colour', () => {
    const communities = detectCommunities(twoCliques());
    expect(communityColour(communities, 'lone')).toBe(OTHER_COMMUNITY_COLOUR);
  });
});
