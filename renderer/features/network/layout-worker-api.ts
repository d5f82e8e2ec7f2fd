// The contract of the layout worker (layout-worker.ts): ForceAtlas2 off the main thread, asked for
// a batch of iterations at a time so the page can draw each batch and stop when the picture holds.
export interface LayoutInput {
  /** x, y and size of each node, in the map graph's node order. */
  nodes: Float32Array;
  /** Source and target node indexes of each tie, in pairs. */
  edges: Uint32Array;
  /** Each tie's weight (its strength). */
  weights: Float32Array;
}

export interface LayoutStep {
  /** x and y of each node, in the map graph's node order. */
  positions: Float32Array;
  /** How far people moved in the batch's last iteration, relative to the layout's spread. */
  movement: number;
  /** Iterations run since start. */
  iterations: number;
}

export interface LayoutWorkerApi {
  start(input: LayoutInput): void;
  /** Runs iterations for about `budgetMs` milliseconds (at least one). */
  step(budgetMs: number): LayoutStep;
}
