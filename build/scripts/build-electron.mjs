// Bundles the main process and the preload with esbuild into dist/electron/. Each becomes one
// CommonJS file: a sandboxed preload (sandbox: true) cannot require() its own modules, and the
// main process then needs no node_modules at run time except Electron itself.
// Usage: node build/scripts/build-electron.mjs [output folder, default dist/electron]
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = path.resolve(root, process.argv[2] ?? 'dist/electron');

const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...shared,
    entryPoints: ['electron/main/main.ts'],
    outfile: path.join(outDir, 'main.cjs'),
  }),
  build({
    ...shared,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: path.join(outDir, 'preload.cjs'),
    // Parsed again for every page load; zod makes up most of it.
    minify: true,
  }),
]);
console.log(`Built main.cjs and preload.cjs in ${path.relative(root, outDir) || '.'}`);
