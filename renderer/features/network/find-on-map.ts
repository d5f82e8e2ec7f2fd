// The map's search box: people shown on the map whose name matches what was typed, with the app's
// name folding (compactName: case, width, accents, spaces and katakana/hiragana do not count).
// A name that starts with the text comes first, then one with a word that does, then any that
// contain it; among equals, the people the user met most often.
import { compactName } from '../../../shared/people/name-match-keys';
import type { NetworkGraph } from '../../../shared/network/network-graph-types';

export interface MapMatch {
  id: string;
  label: string;
}

function matchRank(label: string, query: string): number | null {
  if (compactName(label).startsWith(query)) return 0;
  if (label.split(/\s+/).some((word) => compactName(word).startsWith(query))) return 1;
  if (compactName(label).includes(query)) return 2;
  return null;
}

export function findOnMap(
  graph: NetworkGraph,
  shown: ReadonlySet<string>,
  text: string,
  limit = 8,
): MapMatch[] {
  const query = compactName(text);
  if (query === '') return [];
  const found: { id: string; label: string; rank: number; interactions: number }[] = [];
  for (const id of shown) {
    const { label, interactions } = graph.getNodeAttributes(id);
    const rank = matchRank(label, query);
    if (rank !== null) found.push({ id, label, rank, interactions });
  }
  found.sort(
    (a, b) => a.rank - b.rank || b.interactions - a.interactions || a.label.localeCompare(b.label),
  );
  return found.slice(0, limit).map(({ id, label }) => ({ id, label }));
}
