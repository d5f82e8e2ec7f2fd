// What a user's first launch runs: not the TypeScript sources the unit tests load, but the built
// bundles (dist/electron/main.cjs and preload.cjs) and the built renderer, from the files
// electron-builder packs (build/electron-builder.yml), in that layout. Short of a real Electron,
// which cannot run here, this copies the packed files to a temporary folder, loads the built main
// process there against the recording fake of Electron, and checks what would break the window:
// the preload it names exists, app:// serves the built page with its CSP and every asset the
// page reaches, and every IPC channel of the contract is registered and reached by the preload.
// Run by `npm run test:packaged`, after `npm run build` (test:e2e does both).
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcArgSchemas } from '../../shared/ipc/contract';
import { createFakeElectron, type FakeElectron } from '../../electron/testing/fake-electron';
import { copyPackagedLayout } from '../scripts/packaged-layout.mjs';

const root = path.join(import.meta.dirname, '..', '..');
const BUILT = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];
const APP_PAGE = 'app://hallway/index.html';
/** A file Vite emitted, with its content hash, as one asset names another. */
const ASSET_REFERENCE = /["'`](?:\.\/)?([\w.-]+-[\w-]{8}\.(?:js|css))["'`]/g;

let layoutDir: string;
let userDataDir: string;
let packedFiles: string[];
let fake: FakeElectron;

/** Runs a built CommonJS bundle of the layout with `electron` replaced by the fake; anything
 * else it requires must be a Node built-in, since node_modules is not packed. */
function runBundle(file: string, processStandIn: object = process) {
  const code = readFileSync(file, 'utf8');
  const nodeRequire = createRequire(file);
  const requireInApp = (name: string) => {
    if (name === 'electron') return fake.electron;
    if (name.startsWith('node:') || builtinModules.includes(name)) return nodeRequire(name);
    throw new Error(`${path.basename(file)} requires ${name}, which the package does not hold`);
  };
  const module = { exports: {} };
  new Function('exports', 'require', 'module', '__filename', '__dirname', 'process', code)(
    module.exports,
    requireInApp,
    module,
    file,
    path.dirname(file),
    processStandIn,
  );
}
const inLayout = (relative: string) => path.join(layoutDir, relative);
const appProtocol = () => {
  const handler = fake.protocolHandlers.get('app');
  if (!handler) throw new Error('the built main process registered no app:// handler');
  return handler;
};

beforeAll(async () => {
  const missing = BUILT.filter((file) => !existsSync(path.join(root, file)));
  if (missing.length > 0) {
    throw new Error(
      `No build to test (${missing.join(', ')} missing): run \`npm run build\` first.`,
    );
  }
  layoutDir = await mkdtemp(path.join(tmpdir(), 'hallway-packaged-'));
  userDataDir = await mkdtemp(path.join(tmpdir(), 'hallway-packaged-data-'));
  packedFiles = await copyPackagedLayout(root, layoutDir);

  vi.stubEnv('HALLWAY_USER_DATA_DIR', '');
  vi.stubEnv('HALLWAY_E2E', '');
  fake = createFakeElectron({ userDataDir });
  runBundle(inLayout('dist/electron/main.cjs'));
  await new Promise((resolve) => setImmediate(resolve));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(layoutDir, { recursive: true, force: true });
  await rm(userDataDir, { recursive: true, force: true });
});

describe('the packaged app', () => {
  it('packs the bundles and the renderer, without source maps', () => {
    expect(packedFiles).toEqual(expect.arrayContaining([...BUILT, 'package.json']));
    expect(packedFiles.filter((file) => file.endsWith('.map'))).toEqual([]);
  });

  it('opens one window on app://hallway with a preload that exists in the package', async () => {
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    const preload = window?.options.webPreferences.preload as string;
    expect(preload).toBe(inLayout('dist/electron/preload.cjs'));
    expect(existsSync(preload)).toBe(true);
    expect(window?.loadURL).toHaveBeenCalledWith(APP_PAGE);
  });

  it('serves the built page over app:// with the CSP header', async () => {
    const response = await appProtocol()({ url: APP_PAGE });
    const html = await readFile(inLayout('dist/renderer/index.html'), 'utf8');

    expect(response.status).toBe(200);
    await expect(response.text()).resolves.toBe(html);
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toMatch(/^default-src 'self'/);
    expect(response.headers.get('Content-Security-Policy')).toBe(meta);
  });

  it('serves every asset the page reaches, workers and lazy chunks included', async () => {
    const html = await readFile(inLayout('dist/renderer/index.html'), 'utf8');
    const pending = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map(
      (match) => new URL(match[1] ?? '', APP_PAGE).href,
    );
    const served = new Set<string>();
    while (pending.length > 0) {
      const url = pending.pop() ?? '';
      if (served.has(url)) continue;
      served.add(url);
      const response = await appProtocol()({ url });
      expect(response.status, url).toBe(200);
      const body = Buffer.from(await response.arrayBuffer());
      const file = inLayout(path.join('dist/renderer', new URL(url).pathname));
      expect(body.equals(await readFile(file)), `${url} is ${file}`).toBe(true);
      expect(response.headers.get('Content-Type'), url).not.toMatch(/octet-stream/);
      if (/\.(js|css)$/.test(url)) {
        for (const [, name] of body.toString('utf8').matchAll(ASSET_REFERENCE)) {
          pending.push(new URL(name ?? '', url).href);
        }
      }
    }

    const names = [...served].map((url) => new URL(url).pathname);
    for (const expected of [/^\/favicon\.svg$/, /\.css$/, /search-worker-/, /import-worker-/]) {
      expect(
        names.some((name) => expected.test(name)),
        String(expected),
      ).toBe(true);
    }
  });

  it('refuses a path out of the renderer folder', async () => {
    const response = await appProtocol()({ url: 'app://hallway/../electron/main.cjs' });
    expect(response.status).toBe(404);
  });

  it('registers every IPC channel of the contract', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.keys(ipcArgSchemas).sort());
  });

  it('has a preload whose every method reaches a registered channel of the built main', async () => {
    runBundle(inLayout('dist/electron/preload.cjs'), { argv: [] });
    expect(fake.electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, bridge] = fake.electron.contextBridge.exposeInMainWorld.mock.calls[0] as [
      string,
      Record<string, unknown>,
    ];
    expect(name).toBe('hallwayDesktop');

    // The probe is no valid argument: the main process refuses it, and says so in a warning.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const probe = { probe: true };
    for (const [method, value] of Object.entries(bridge)) {
      if (typeof value !== 'function' || method === 'onMenuCommand') continue;
      const outcome = await Promise.resolve(value(probe)).catch((error: unknown) => error);
      expect(String(outcome), method).not.toMatch(/No handler registered/);
    }
    const invoked = fake.electron.ipcRenderer.invoke.mock.calls.map(([channel]) => channel);
    expect(new Set(invoked)).toEqual(new Set(Object.keys(ipcArgSchemas)));
  });
});
