// The layout worker: ForceAtlas2 (graphology-layout-forceatlas2's own iteration) over flat
// matrices, with Barnes-Hut above a thousand people. Settings follow the library's inferred ones
// (strong gravity keeps lone people near the middle), with a coarser Barnes-Hut (θ 1.2 instead of
// 0.5): at 10,000 people an iteration takes half as long and the picture is the same at screen
// resolution. See layout-worker-api.ts.
import { expose, transfer } from 'comlink';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { LayoutBatch, LayoutInput, LayoutLimits, LayoutWorkerApi } from './layout-worker-api';

/** Values per node and per edge in the library's matrices, and the offsets it reads. */
const PPN = 10;
const PPE = 3;
const NODE_X = 0;
const NODE_Y = 1;
const NODE_MASS = 6;
const NODE_CONVERGENCE = 7;
const NODE_SIZE = 8;

let nodeMatrix = new Float32Array(0);
let edgeMatrix = new Float32Array(0);
let iterations = 0;
let settings: Parameters<typeof iterate>[0];

function settingsFor(order: number): Parameters<typeof iterate>[0] {
  return {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 10,
    strongGravityMode: true,
    gravity: 0.05,
    slowDown: 1 + Math.log(Math.max(order, 1)),
    barnesHutOptimize: order > 1000,
    barnesHutTheta: 1.2,
  };
}

function start({ nodes, edges, weights }: LayoutInput): void {
  const order = nodes.length / 3;
  nodeMatrix = new Float32Array(order * PPN);
  for (let i = 0; i < order; i++) {
    nodeMatrix[i * PPN + NODE_X] = nodes[i * 3];
    nodeMatrix[i * PPN + NODE_Y] = nodes[i * 3 + 1];
    nodeMatrix[i * PPN + NODE_MASS] = 1;
    nodeMatrix[i * PPN + NODE_CONVERGENCE] = 1;
    nodeMatrix[i * PPN + NODE_SIZE] = nodes[i * 3 + 2];
  }
  const size = weights.length;
  edgeMatrix = new Float32Array(size * PPE);
  for (let e = 0; e < size; e++) {
    const source = edges[e * 2];
    const target = edges[e * 2 + 1];
    edgeMatrix[e * PPE] = source * PPN;
    edgeMatrix[e * PPE + 1] = target * PPN;
    edgeMatrix[e * PPE + 2] = weights[e];
    // The library's mass: 1 + degree.
    nodeMatrix[source * PPN + NODE_MASS] += 1;
    nodeMatrix[target * PPN + NODE_MASS] += 1;
  }
  iterations = 0;
  settings = settingsFor(order);
}

/** Mean distance moved per person in one iteration, over the RMS distance from the centroid. */
function relativeMovement(before: Float32Array): number {
  const order = before.length / 2;
  if (order < 2) return 0;
  let moved = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < order; i++) {
    const x = nodeMatrix[i * PPN + NODE_X];
    const y = nodeMatrix[i * PPN + NODE_Y];
    moved += Math.hypot(x - before[i * 2], y - before[i * 2 + 1]);
    cx += x;
    cy += y;
  }
  cx /= order;
  cy /= order;
  let spread = 0;
  for (let i = 0; i < order; i++) {
    spread += (nodeMatrix[i * PPN + NODE_X] - cx) ** 2 + (nodeMatrix[i * PPN + NODE_Y] - cy) ** 2;
  }
  spread = Math.sqrt(spread / order);
  return spread === 0 ? 0 : moved / order / spread;
}

function positions(): Float32Array {
  const order = nodeMatrix.length / PPN;
  const out = new Float32Array(order * 2);
  for (let i = 0; i < order; i++) {
    out[i * 2] = nodeMatrix[i * PPN + NODE_X];
    out[i * 2 + 1] = nodeMatrix[i * PPN + NODE_Y];
  }
  return out;
}

function batch(budgetMs: number): { movement: number } {
  const started = performance.now();
  let before = positions();
  do {
    before = positions();
    iterate(settings, nodeMatrix, edgeMatrix);
    iterations += 1;
  } while (performance.now() - started < budgetMs);
  return { movement: relativeMovement(before) };
}

/** Yields to the worker's event loop between batches, so a new run can replace this one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function run(
  input: LayoutInput,
  { batchMs, stableMovement, maxMs }: LayoutLimits,
  onBatch: (batch: LayoutBatch) => void,
): Promise<void> {
  start(input);
  const started = performance.now();
  for (;;) {
    const { movement } = batch(batchMs);
    const done = movement < stableMovement || performance.now() - started > maxMs;
    const out = positions();
    onBatch(transfer({ positions: out, movement, iterations, done }, [out.buffer]));
    if (done) return;
    await nextTask();
  }
}

const api: LayoutWorkerApi = { run };
expose(api);
