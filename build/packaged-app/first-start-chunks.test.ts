// What a first start loads (issue 15: every screen on demand, bundle.initialKB.gzip ≤ 250 KB): the
// scripts index.html names, everything they import statically, and the first screen (People,
// where the app opens) with its static imports: the chunks the browser loads before the app is
// ready. Neither the libraries of other screens, dialogs and workers (the network map's sigma and
// graphology, the charts' Plot, calendar files' ical.js, the import's CSV and Shift_JIS decoding,
// sync's QR codes) nor the other screens themselves may be among them: a static import of one from
// the shell or from the People screen makes every start pay for it. Reads the built renderer's
// manifest and the modules of each chunk (renderer/vite.config.ts: listChunkModules), so it runs
// after `npm run build` (test:packaged).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = path.join(import.meta.dirname, '..', '..', 'dist', 'renderer');
/** The first screen's module, as the manifest names it (relative to renderer/). */
const FIRST_SCREEN = 'features/people/people-screen.tsx';
/** Libraries that only screens opened later, dialogs or workers need. */
const NOT_AT_START = [
  'sigma',
  'graphology',
  '@observablehq/plot',
  'ical.js',
  'papaparse',
  'encoding-japanese',
  'minisearch',
  'dexie-export-import',
  'qrcode',
];

interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
}

const readJson = <T>(relative: string): T =>
  JSON.parse(readFileSync(path.join(RENDERER, relative), 'utf8')) as T;

const manifest = readJson<Record<string, ManifestChunk>>('.vite/manifest.json');
const chunkModules = readJson<Record<string, string[]>>('.vite/chunk-modules.json');

/** The chunk files a first start loads. */
function firstStartFiles(): Set<string> {
  const html = readFileSync(path.join(RENDERER, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script type="module"[^>]*src="\.\/([^"]+)"/g)].map(
    ([, file]) => file,
  );
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const keys = [...scripts.map((file) => byFile.get(file)), FIRST_SCREEN];
  const files = new Set<string>();
  const visit = (key: string | undefined) => {
    const chunk = key === undefined ? undefined : manifest[key];
    if (!chunk) throw new Error(`the manifest has no chunk ${key}`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

/** `node_modules/@scope/name/…` → `@scope/name`. */
function packageOf(module: string): string | undefined {
  const [, first, second] = module.split('/');
  if (!module.startsWith('node_modules/')) return undefined;
  return first.startsWith('@') ? `${first}/${second}` : first;
}

const modulesOf = (files: Iterable<string>) =>
  [...files].flatMap((file) => chunkModules[file] ?? []);

describe('what a first start loads', () => {
  const atStart = modulesOf(firstStartFiles());
  const packagesAtStart = new Set(atStart.map(packageOf).filter((name) => name !== undefined));

  it('is read from the build: the app shell and the People screen', () => {
    expect(packagesAtStart).toContain('react-dom');
    expect(atStart).toContain(`renderer/${FIRST_SCREEN}`);
  });

  it('holds no library of a screen, dialog or worker opened later', () => {
    expect(NOT_AT_START.filter((name) => packagesAtStart.has(name))).toEqual([]);
  });

  it('would notice one: the screens and dialogs that use them bring them into the build', () => {
    const built = new Set(modulesOf(Object.keys(chunkModules)).map(packageOf));
    for (const name of ['sigma', 'graphology', '@observablehq/plot', 'ical.js', 'papaparse']) {
      expect(built).toContain(name);
    }
  });

  it('holds no other screen: each loads when it is opened', () => {
    const screens = atStart.filter((module) => /-(screen|page)\.tsx$/.test(module));
    expect(screens).toEqual([`renderer/${FIRST_SCREEN}`]);
  });
});
