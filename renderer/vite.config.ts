import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

// The CSP lives in index.html (so the security scan reads it). The dev server injects what builds
// ship as files: React refresh's preamble is an inline script and every stylesheet becomes a
// <style> element. So only `vite serve` relaxes script-src and style-src; builds keep them strict
// (e2e/dev-server.spec.ts checks the dev server's page is styled and reports no violation).
function relaxCspForDevServer(): Plugin {
  return {
    name: 'hallway-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

// Beside Vite's manifest (which chunk imports which), the modules each chunk holds, by source
// path (node_modules/<package>/… for libraries): build/packaged-app/first-start-chunks.test.ts
// reads both to check which libraries a first start loads (issue 15).
function listChunkModules(): Plugin {
  const root = fileURLToPath(new URL('..', import.meta.url));
  return {
    name: 'hallway-chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const modules: Record<string, string[]> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        modules[output.fileName] = Object.keys(output.modules).map((id) =>
          id.replace(/^.*\/node_modules\//, 'node_modules/').replace(root, ''),
        );
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/chunk-modules.json',
        source: JSON.stringify(modules),
      });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), relaxCspForDevServer(), listChunkModules()],
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // For build/packaged-app/first-start-chunks.test.ts (see listChunkModules).
    manifest: true,
    rolldownOptions: {
      output: {
        // Everything a first start loads anyway (what the entry imports statically) in one chunk,
        // instead of dozens of small chunks shared with the screens loaded on demand: one request
        // and one compression context for the app shell (issue 15). The entry module itself stays
        // out, so that the entry chunk remains (index.html's, in the manifest).
        codeSplitting: {
          groups: [{ name: 'shell', tags: ['$initial'], test: (id) => !id.endsWith('/main.tsx') }],
        },
      },
    },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
});
