// Runs ForceAtlas2 for a map in its own worker (layout-worker.ts) and moves the people on the map
// as the worker reports, at most once a frame (once a second for a big map) and only the newest
// positions, so the worker never waits for the page (a frame of 10,000 people in software WebGL
// can take longer than a batch of iterations) and the page stays free for input. The worker stops
// once people barely move.
import { proxy, transfer, wrap } from 'comlink';
import type { LayoutBatch, LayoutLimits, LayoutWorkerApi } from './layout-worker-api';
import type { MapGraph, MapView } from './map-graph';

export const LAYOUT_LIMITS: LayoutLimits = {
  /** About four frames of iterations between reports, so moves look continuous. */
  batchMs: 60,
  /** Stable enough to show: the picture's shape no longer changes at screen resolution. */
  stableMovement: 0.005,
  /** Never lay out for longer than this; the picture is shown all along anyway. */
  maxMs: 8_000,
};

/**
 * A map of more people than this moves at most once a second while it settles: redrawing
 * 10,000 people takes sigma a few hundred milliseconds in software WebGL, and the page must stay
 * free for input in between.
 */
export const BIG_MAP = 3_000;
const BIG_MAP_MOVE_MS = 1_000;

export interface LayoutProgress {
  iterations: number;
  movement: number;
  done: boolean;
}

export interface RunningLayout {
  stop(): void;
}

function layoutInput({ map, undrawn }: MapView) {
  const index = new Map<string, number>();
  const nodes = new Float32Array(map.order * 3);
  let i = 0;
  map.forEachNode((id, { x, y, size }) => {
    index.set(id, i);
    nodes.set([x, y, size], i * 3);
    i += 1;
  });
  const ties = map.size + undrawn.length;
  const edges = new Uint32Array(ties * 2);
  const weights = new Float32Array(ties);
  let e = 0;
  const add = (source: string, target: string, weight: number) => {
    edges[e * 2] = index.get(source) ?? 0;
    edges[e * 2 + 1] = index.get(target) ?? 0;
    weights[e] = weight;
    e += 1;
  };
  map.forEachEdge((_key, { weight }, source, target) => add(source, target, weight));
  for (const { source, target, attributes } of undrawn) add(source, target, attributes.weight);
  return { nodes, edges, weights };
}

function applyPositions(map: MapGraph, positions: Float32Array): void {
  let i = 0;
  map.updateEachNodeAttributes(
    (_id, attributes) => {
      attributes.x = positions[i * 2];
      attributes.y = positions[i * 2 + 1];
      i += 1;
      return attributes;
    },
    { attributes: ['x', 'y'] },
  );
}

export function runLayout(
  view: MapView,
  onProgress: (progress: LayoutProgress) => void,
): RunningLayout {
  const { map } = view;
  if (map.order < 2) {
    onProgress({ iterations: 0, movement: 0, done: true });
    return { stop: () => undefined };
  }
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  const layout = wrap<LayoutWorkerApi>(worker);
  let stopped = false;
  let latest: LayoutBatch | null = null;
  let frame = 0;
  let timer = 0;
  let lastMove = 0;
  const moveEveryMs = map.order > BIG_MAP ? BIG_MAP_MOVE_MS : 0;
  const stop = () => {
    stopped = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    worker.terminate();
  };
  const applyLatest = () => {
    frame = 0;
    if (stopped || !latest) return;
    lastMove = performance.now();
    const { positions, iterations, movement, done } = latest;
    latest = null;
    applyPositions(map, positions);
    onProgress({ iterations, movement, done });
    if (done) stop();
  };
  const onBatch = (batch: LayoutBatch) => {
    if (stopped) return;
    latest = batch;
    if (frame) return;
    if (batch.done) clearTimeout(timer);
    else if (timer) return;
    const wait = batch.done ? 0 : Math.max(0, lastMove + moveEveryMs - performance.now());
    timer = window.setTimeout(() => {
      timer = 0;
      frame = requestAnimationFrame(applyLatest);
    }, wait);
  };
  const input = layoutInput(view);
  layout
    .run(
      transfer(input, [input.nodes.buffer, input.edges.buffer, input.weights.buffer]),
      LAYOUT_LIMITS,
      proxy(onBatch),
    )
    .catch((error: unknown) => {
      if (!stopped) throw error;
    });
  return { stop };
}
