// How sigma draws the map (sigma 4's primitives and styles): discs coloured by community and
// sized by how often the user met the person; ties coloured by kind, arrows on directed ones.
// Labels, their backdrop and the selection ring follow the light or dark theme (graph state
// isDark); a big map shows its ties once people stop moving (hidesTies).
import { DEFAULT_STYLES } from 'sigma';
import type { Attributes } from 'graphology-types';
import type { SigmaOptions } from 'sigma/types';
import { extremityArrow, layerFill, layerPlain, pathLine, sdfCircle } from 'sigma/rendering';
import type { MapEdge, MapNode } from './map-graph';

export interface MapNodeState {
  isSelected: boolean;
}

export interface MapGraphState {
  isDark: boolean;
  /** A big map draws its ties only once laid out: each moving frame would redraw them all. */
  hidesTies: boolean;
}

/** Above this many drawn ties, they appear once the layout is stable. */
export const TIES_WAIT_FOR_LAYOUT_ABOVE = 5_000;

const THEME = {
  light: { text: '#1d1d1f', surface: '#ffffff', ring: '#2f5fd0' },
  dark: { text: '#ececef', surface: '#26262b', ring: '#9cb9ff' },
} as const;

const theme = (isDark: boolean) => (isDark ? THEME.dark : THEME.light);

export const MAP_PRIMITIVES = {
  nodes: { shapes: [sdfCircle()], layers: [layerFill()] },
  edges: { paths: [pathLine()], extremities: [extremityArrow()], layers: [layerPlain()] },
};

export type MapSigmaOptions = SigmaOptions<
  MapNode,
  MapEdge,
  Attributes,
  MapNodeState,
  object,
  MapGraphState
>;

export const MAP_STYLES: MapSigmaOptions['styles'] = {
  nodes: [
    DEFAULT_STYLES.nodes,
    {
      labelColor: (_node, _state, graph) => theme(graph.isDark).text,
      backdropColor: (_node, _state, graph) => theme(graph.isDark).surface,
    },
    {
      whenState: 'isSelected',
      then: {
        size: (node) => node.size + 5,
        labelVisibility: 'visible',
        backdropVisibility: 'visible',
        backdropBorderWidth: 3,
        backdropBorderColor: (_node, _state, graph) => theme(graph.isDark).ring,
        depth: 'topNodes',
      },
    },
  ],
  edges: [
    DEFAULT_STYLES.edges,
    {
      head: { attribute: 'head', defaultValue: 'none' },
      opacity: (edge) => (edge.kind === 'event' ? 0.4 : 0.85),
    },
    { when: (_edge, _state, graph) => graph.hidesTies, then: { visibility: 'hidden' } },
  ],
};
