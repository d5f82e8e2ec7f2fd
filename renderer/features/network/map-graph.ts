// The graph sigma draws: the filtered people and ties of the network graph with what the map needs
// to draw them (position, size, colour, label; a tie's kind, width and arrow). A separate graph so
// the network graph stays as built for the table, warm paths and focus, and so that ties with a
// direction (mentor of, introduced me to) run from their first person to the second, which is
// where sigma draws the arrow head.
import Graph from 'graphology';
import { DIRECTED_RELATIONSHIP_KINDS } from '../../../shared/domain/entities';
import type { NetworkGraph, Tie } from '../../../shared/network/network-graph-types';
import { communityColour, type Communities } from './communities';
import type { FilteredNetwork } from './network-filters';
import type { Placement } from './initial-placement';

/**
 * Above this many ties only the strongest are drawn (all of a focused neighbourhood's are): sigma
 * processes every tie of its graph again whenever people move.
 */
export const MAX_DRAWN_TIES = 15_000;

export type TieKind = 'relationship' | 'introduction' | 'event';

export interface MapNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}

export interface MapEdge {
  kind: TieKind;
  size: number;
  color: string;
  head: 'arrow' | 'none';
  /** The tie's strength, the layout's edge weight. */
  weight: number;
}

export type MapGraph = Graph<MapNode, MapEdge>;

export const TIE_COLOURS: Record<TieKind, string> = {
  relationship: '#5b6fd6',
  introduction: '#c2418f',
  event: '#9aa0aa',
};

/** A person's disc grows with how often the user met them, quickly at first. */
export function nodeSize(interactions: number): number {
  return 4 + 2.5 * Math.sqrt(Math.min(interactions, 50));
}

export function tieKind(tie: Tie): TieKind {
  if (tie.introduction) return 'introduction';
  if (tie.relationships.length > 0) return 'relationship';
  return 'event';
}

function tieSize(tie: Tie, kind: TieKind): number {
  if (kind !== 'event') return 2;
  return 0.5 + 0.5 * Math.min(tie.sharedEventIds.length, 6);
}

function directedRelationship(tie: Tie): { fromId: string; toId: string } | null {
  return (
    tie.relationships.find((relationship) => DIRECTED_RELATIONSHIP_KINDS.has(relationship.kind)) ??
    null
  );
}

/** A tie left out of the picture: it still pulls its people together in the layout. */
export interface UndrawnTie {
  key: string;
  source: string;
  target: string;
  attributes: MapEdge;
}

export interface MapView {
  map: MapGraph;
  /** Ties beyond the MAX_DRAWN_TIES strongest, weakest last; empty for a smaller map. */
  undrawn: UndrawnTie[];
}

export function buildMapGraph(
  graph: NetworkGraph,
  filtered: FilteredNetwork,
  communities: Communities,
  placement: ReadonlyMap<string, Placement>,
): MapView {
  const map: MapGraph = new Graph<MapNode, MapEdge>({ type: 'directed', multi: false });
  for (const id of filtered.people) {
    const person = graph.getNodeAttributes(id);
    const at = placement.get(id) ?? { x: 0, y: 0 };
    map.addNode(id, {
      x: at.x,
      y: at.y,
      size: nodeSize(person.interactions),
      color: communityColour(communities, id),
      label: person.label,
    });
  }
  const kept: UndrawnTie[] = [];
  graph.forEachEdge((key, tie, source, target) => {
    if (!filtered.people.has(source) || !filtered.people.has(target)) return;
    if (!filtered.keepsTie(tie)) return;
    const directed = directedRelationship(tie);
    const kind = tieKind(tie);
    const attributes: MapEdge = {
      kind,
      size: tieSize(tie, kind),
      color: TIE_COLOURS[kind],
      head: directed ? 'arrow' : 'none',
      weight: tie.strength,
    };
    kept.push(
      directed
        ? { key, source: directed.fromId, target: directed.toId, attributes }
        : { key, source, target, attributes },
    );
  });
  // The strongest MAX_DRAWN_TIES are drawn; ties of equal strength go by key, so the cut is stable.
  if (kept.length > MAX_DRAWN_TIES) {
    kept.sort((a, b) => b.attributes.weight - a.attributes.weight || (a.key < b.key ? -1 : 1));
  }
  for (const { key, source, target, attributes } of kept.slice(0, MAX_DRAWN_TIES)) {
    map.addEdgeWithKey(key, source, target, attributes);
  }
  return { map, undrawn: kept.slice(MAX_DRAWN_TIES) };
}
