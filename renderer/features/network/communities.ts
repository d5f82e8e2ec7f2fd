// Communities of the network map: Louvain (graphology-communities-louvain) with a seeded random
// source, so the same data always gives the same groups and colours. Communities are ranked by
// size (then by their smallest member id), and the largest ones get the palette's colours in
// order; the rest share a neutral grey, so colours stay few enough to tell apart.
import louvain from 'graphology-communities-louvain';
import type { NetworkGraph } from '../../../shared/network/network-graph-types';
import { SampleRandom } from '../../../shared/sample-data/sample-random';

/** Mid-lightness colours readable on the light and the dark background alike. */
export const COMMUNITY_PALETTE = [
  '#4e79a7',
  '#e8853a',
  '#59a14f',
  '#d65f61',
  '#8c6bb1',
  '#3a9e9a',
  '#c9a227',
  '#d3739e',
  '#8d6e55',
  '#6f8fcf',
] as const;
export const OTHER_COMMUNITY_COLOUR = '#8f96a3';
export const LOUVAIN_SEED = 15;

export interface Communities {
  /** Each person's community rank: 0 is the largest community. */
  rankOf: ReadonlyMap<string, number>;
  /** How many people each community holds, by rank. */
  sizes: readonly number[];
}

export function detectCommunities(graph: NetworkGraph, seed = LOUVAIN_SEED): Communities {
  if (graph.order === 0) return { rankOf: new Map(), sizes: [] };
  const random = new SampleRandom(seed);
  const mapping = louvain(graph, {
    getEdgeWeight: (_edge, attributes) => attributes.strength,
    rng: () => random.next(),
  });
  const members = new Map<number, string[]>();
  for (const [node, community] of Object.entries(mapping)) {
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  }
  const smallestId = (ids: string[]) => ids.reduce((a, b) => (b < a ? b : a));
  const ranked = [...members.values()].sort(
    (a, b) => b.length - a.length || (smallestId(a) < smallestId(b) ? -1 : 1),
  );
  const rankOf = new Map<string, number>();
  ranked.forEach((ids, rank) => ids.forEach((id) => rankOf.set(id, rank)));
  return { rankOf, sizes: ranked.map((ids) => ids.length) };
}

/** A person's colour: their community's, or neutral for the small ones and people alone. */
export function communityColour(communities: Communities, id: string): string {
  const rank = communities.rankOf.get(id);
  if (rank === undefined || communities.sizes[rank] < 2) return OTHER_COMMUNITY_COLOUR;
  return COMMUNITY_PALETTE[rank] ?? OTHER_COMMUNITY_COLOUR;
}
