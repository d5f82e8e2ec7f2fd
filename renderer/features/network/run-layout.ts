// Runs ForceAtlas2 for a map graph in its own worker (layout-worker.ts) and moves the people on
// the map after each batch of iterations, so the picture settles on screen while the page stays
// free for input. Stops once people barely move (or after MAX_LAYOUT_MS), then ends the worker.
import { transfer, wrap } from 'comlink';
import type { LayoutWorkerApi } from './layout-worker-api';
import type { MapGraph } from './map-graph';

/** Milliseconds of iterations per batch: about four frames, so moves look continuous. */
const BATCH_MS = 60;
/** Stable enough: people move less than this share of the layout's spread per iteration. */
export const STABLE_MOVEMENT = 0.003;
/** Never lay out for longer than this; the picture is shown all along anyway. */
const MAX_LAYOUT_MS = 8_000;

export interface LayoutProgress {
  iterations: number;
  movement: number;
  done: boolean;
}

export interface RunningLayout {
  stop(): void;
}

function layoutInput(map: MapGraph) {
  const index = new Map<string, number>();
  const nodes = new Float32Array(map.order * 3);
  let i = 0;
  map.forEachNode((id, { x, y, size }) => {
    index.set(id, i);
    nodes.set([x, y, size], i * 3);
    i += 1;
  });
  const edges = new Uint32Array(map.size * 2);
  const weights = new Float32Array(map.size);
  let e = 0;
  map.forEachEdge((_key, { weight }, source, target) => {
    edges[e * 2] = index.get(source) ?? 0;
    edges[e * 2 + 1] = index.get(target) ?? 0;
    weights[e] = weight;
    e += 1;
  });
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
  map: MapGraph,
  onProgress: (progress: LayoutProgress) => void,
): RunningLayout {
  if (map.order < 2) {
    onProgress({ iterations: 0, movement: 0, done: true });
    return { stop: () => undefined };
  }
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  const layout = wrap<LayoutWorkerApi>(worker);
  let stopped = false;
  const stop = () => {
    stopped = true;
    worker.terminate();
  };
  const started = performance.now();
  const loop = async () => {
    const input = layoutInput(map);
    await layout.start(
      transfer(input, [input.nodes.buffer, input.edges.buffer, input.weights.buffer]),
    );
    for (;;) {
      const { positions, movement, iterations } = await layout.step(BATCH_MS);
      if (stopped) return;
      applyPositions(map, positions);
      const done = movement < STABLE_MOVEMENT || performance.now() - started > MAX_LAYOUT_MS;
      onProgress({ iterations, movement, done });
      if (done) break;
    }
    stop();
  };
  loop().catch((error: unknown) => {
    if (!stopped) throw error;
  });
  return { stop };
}
