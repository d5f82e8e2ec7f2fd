// graphology-layout-forceatlas2 ships one ForceAtlas2 iteration over its flat matrices as a
// module of its own (iterate.js), without types; the layout worker runs it directly.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}
