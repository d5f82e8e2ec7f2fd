// The contract of the layout worker (layout-worker.ts): ForceAtlas2 off the main thread. The
// worker iterates on its own and reports positions after each batch of iterations, whatever the
// page is doing (drawing a frame in software WebGL can take longer than a batch), and stops once
// people barely move.
export interface LayoutInput {
  /** x, y and size of each node, in the map graph's node order. */
  nodes: Float32Array;
  /** Source and target node indexes of each tie, in pairs. */
  edges: Uint32Array;
  /** Each tie's weight (its strength). */
  weights: Float32Array;
}

export interface LayoutLimits {
  /** Milliseconds of iterations between two reports. */
  batchMs: number;
  /** Stable enough: people move less than this share of the layout's spread per iteration. */
  stableMovement: number;
  /** Stop after this long whatever the movement. */
  maxMs: number;
}

export interface LayoutBatch {
  /** x and y of each node, in the map graph's node order. */
  positions: Float32Array;
  /** How far people moved in the batch's last iteration, relative to the layout's spread. */
  movement: number;
  /** Iterations run since start. */
  iterations: number;
  /** The last batch: stable enough, or out of time. */
  done: boolean;
}

export interface LayoutWorkerApi {
  /** Lays out until stable, calling `onBatch` (a comlink proxy) after each batch. */
  run(
    input: LayoutInput,
    limits: LayoutLimits,
    onBatch: (batch: LayoutBatch) => void,
  ): Promise<void>;
}
