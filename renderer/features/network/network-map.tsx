// The relationship map: sigma (WebGL) drawing the map graph, laid out by ForceAtlas2 in a worker
// (run-layout.ts) from the first placement, so the first frame shows at once and people drift into
// place while the page answers input. The canvas container is focusable: arrow keys move the
// selection to the neighbour in that direction, Enter opens the person, F focuses on them, Esc
// leaves focus. Hovering shows a name; a click opens the person.
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attributes } from 'graphology-types';
import Sigma from 'sigma';
import type { NetworkGraph } from '../../../shared/network/network-graph-types';
import { useFormatters } from '../../i18n/format';
import type { Placement } from './initial-placement';
import type { MapEdge, MapGraph, MapNode, MapView } from './map-graph';
import {
  MAP_PRIMITIVES,
  MAP_STYLES,
  TIES_WAIT_FOR_LAYOUT_ABOVE,
  type MapGraphState,
  type MapNodeState,
} from './map-styles';
import { isArrowDirection, neighbourInDirection } from './neighbour-in-direction';
import { runLayout } from './run-layout';

type MapSigma = Sigma<MapNode, MapEdge, Attributes, MapNodeState, object, MapGraphState>;

/** Names of the performance marks the benchmark reads (e2e/perf/benchmarks/network.bench.mjs). */
export const MAP_MARKS = {
  start: 'network:map-start',
  firstFrame: 'network:first-frame',
  laidOut: 'network:laid-out',
};

const DARK = '(prefers-color-scheme: dark)';

interface NetworkMapProps {
  view: MapView;
  network: NetworkGraph;
  /** The focusable canvas container, so the search box can hand the keyboard to the map. */
  canvasRef: RefObject<HTMLDivElement | null>;
  selectedId: string | null;
  focus: ReadonlyMap<string, number> | null;
  onSelect(id: string | null): void;
  onOpen(id: string): void;
  onFocus(id: string): void;
  onClearFocus(): void;
  /** Where everyone ended up once the layout settled, to start the next map from. */
  onLaidOut(positions: Map<string, Placement>): void;
  onUnavailable(): void;
}

function positionsOf(map: MapGraph): Map<string, Placement> {
  const positions = new Map<string, Placement>();
  map.forEachNode((id, { x, y }) => positions.set(id, { x, y }));
  return positions;
}

/** The person the user met most often: where arrow keys start when no one is selected. */
function mostMet(map: MapGraph, shown: (id: string) => boolean): string | null {
  const best = map.reduceNodes<{ id: string; size: number } | null>(
    (found, id, { size }) => (shown(id) && (!found || size > found.size) ? { id, size } : found),
    null,
  );
  return best?.id ?? null;
}

export function NetworkMap({ canvasRef: containerRef, ...props }: NetworkMapProps) {
  const { view, network, selectedId, focus } = props;
  const { map } = view;
  const { t } = useTranslation('network');
  const { number } = useFormatters();
  const [sigma, setSigma] = useState<MapSigma | null>(null);
  const [laidOut, setLaidOut] = useState(false);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    if (!sigma || !selectedId || !map.hasNode(selectedId)) return;
    sigma.setNodeState(selectedId, { isSelected: true });
    const ties = map.edges(selectedId);
    sigma.setEdgesState(ties, { isHighlighted: true });
    keepInView(sigma, map, selectedId);
    return () => {
      if (!map.hasNode(selectedId)) return;
      sigma.setNodeState(selectedId, { isSelected: false });
      sigma.setEdgesState(
        ties.filter((tie) => map.hasEdge(tie)),
        { isHighlighted: false },
      );
    };
  }, [sigma, map, selectedId]);

  useEffect(() => {
    if (!sigma || !focus) return;
    // A huge map leaves its weaker ties out; a focused neighbourhood shows all of its own.
    const added = view.undrawn.filter(
      ({ source, target }) => focus.has(source) && focus.has(target),
    );
    for (const { key, source, target, attributes } of added) {
      map.addEdgeWithKey(key, source, target, attributes);
    }
    const outside = map.filterNodes((id) => !focus.has(id));
    const cut = map.filterEdges((_edge, _attributes, source, target) => {
      return !focus.has(source) || !focus.has(target);
    });
    sigma.setNodesState(outside, { isHidden: true });
    sigma.setEdgesState(cut, { isHidden: true });
    frame(
      sigma,
      [...focus.keys()].filter((id) => map.hasNode(id)),
    );
    return () => {
      for (const { key } of added) map.dropEdge(key);
      sigma.setNodesState(outside, { isHidden: false });
      sigma.setEdgesState(cut, { isHidden: false });
      void sigma.getCamera().reset({ duration: 300 });
    };
  }, [sigma, view, map, focus]);

  // Declared after the effects that use sigma, so theirs clean up before it is killed.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    performance.mark(MAP_MARKS.start);
    let renderer: MapSigma;
    try {
      renderer = new Sigma<MapNode, MapEdge, Attributes, MapNodeState, object, MapGraphState>(
        map,
        container,
        {
          primitives: MAP_PRIMITIVES,
          styles: MAP_STYLES,
          settings: {
            labelRenderedSizeThreshold: 9,
            hideEdgesOnMove: map.size > 20_000,
            zoomToSizeRatioFunction: (ratio) => Math.sqrt(ratio),
          },
          customNodeState: { isSelected: false },
          customGraphState: {
            isDark: matchMedia(DARK).matches,
            hidesTies: map.size > TIES_WAIT_FOR_LAYOUT_ABOVE,
          },
        },
      );
    } catch {
      latest.current.onUnavailable();
      return;
    }
    setSigma(renderer);
    setLaidOut(false);
    renderer.once('afterRender', () => performance.mark(MAP_MARKS.firstFrame));
    renderer.on('clickNode', ({ node }) => latest.current.onOpen(node));
    const media = matchMedia(DARK);
    const followTheme = () => renderer.setGraphState({ isDark: media.matches });
    media.addEventListener('change', followTheme);
    const layout = runLayout(view, ({ done }) => {
      if (!done) return;
      renderer.setGraphState({ hidesTies: false });
      renderer.once('afterRender', () => {
        performance.mark(MAP_MARKS.laidOut);
        setLaidOut(true);
      });
      renderer.scheduleRender();
      latest.current.onLaidOut(positionsOf(map));
    });
    return () => {
      layout.stop();
      media.removeEventListener('change', followTheme);
      renderer.kill();
      setSigma(null);
    };
  }, [view, map, containerRef]);

  const shown = (id: string) => map.hasNode(id) && (!focus || focus.has(id));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!sigma) return;
    if (isArrowDirection(event.key)) {
      event.preventDefault();
      if (!selectedId || !shown(selectedId)) {
        props.onSelect(mostMet(map, shown));
        return;
      }
      const from = sigma.graphToViewport(map.getNodeAttributes(selectedId));
      const candidates = network
        .neighbors(selectedId)
        .filter(shown)
        .map((id) => ({ id, ...sigma.graphToViewport(map.getNodeAttributes(id)) }));
      const next = neighbourInDirection(from, candidates, event.key);
      if (next) {
        props.onSelect(next);
        keepInView(sigma, map, next);
      }
    } else if (event.key === 'Enter' && selectedId) {
      event.preventDefault();
      props.onOpen(selectedId);
    } else if ((event.key === 'f' || event.key === 'F') && selectedId) {
      event.preventDefault();
      props.onFocus(selectedId);
    } else if (event.key === 'Escape' && focus) {
      event.preventDefault();
      props.onClearFocus();
    }
  };

  return (
    <div className="network-map">
      <div
        ref={containerRef}
        className="network-map__canvas"
        role="application"
        aria-label={t('map.label')}
        aria-describedby="network-map-instructions"
        tabIndex={0}
        data-layout={laidOut ? 'stable' : 'running'}
        onKeyDown={onKeyDown}
      />
      <p id="network-map-instructions" className="network-map__instructions">
        {t('map.instructions')}
      </p>
      <p className="network-map__status" role="status">
        {laidOut ? t('map.laidOut') : t('map.layingOut', { formattedCount: number(map.order) })}
      </p>
    </div>
  );
}

/** Moves the camera so `ids` fill the view (framed-graph coordinates, as sigma's camera uses). */
function frame(sigma: MapSigma, ids: string[]): void {
  const points = ids.map((id) => sigma.getNodeDisplayData(id)).filter((data) => data !== undefined);
  if (points.length === 0) return;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const ratio = Math.min(1, Math.max(0.08, Math.max(maxX - minX, maxY - minY) * 1.3));
  void sigma
    .getCamera()
    .animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 300 });
}

/** Recentres on a person the arrow keys moved to when they are outside the view. */
function keepInView(sigma: MapSigma, map: MapGraph, id: string): void {
  const { x, y } = sigma.graphToViewport(map.getNodeAttributes(id));
  const { width, height } = sigma.getDimensions();
  if (x >= 0 && y >= 0 && x <= width && y <= height) return;
  const data = sigma.getNodeDisplayData(id);
  if (data) void sigma.getCamera().animate({ x: data.x, y: data.y }, { duration: 200 });
}
