// Bundles the sync server (server/src/main.ts) with esbuild into dist/server/sync-server.mjs, an ES
// module that imports its packages (Hocuspocus, Yjs, zod) from node_modules at run time: one copy
// of Yjs for the server and its extensions, as Yjs requires.
// Usage: node build/scripts/build-sync-server.mjs [output folder, default dist/server]
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = path.resolve(root, process.argv[2] ?? 'dist/server');

await build({
  absWorkingDir: root,
  entryPoints: ['server/src/main.ts'],
  outfile: path.join(outDir, 'sync-server.mjs'),
  bundle: true,
  packages: 'external',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
});
