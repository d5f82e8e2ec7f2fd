// Checks the bundles themselves: the sandboxed preload must be one self-contained file that
// requires nothing but electron, and the main process nothing but electron and Node built-ins.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const script = path.join(import.meta.dirname, 'build-electron.mjs');
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'hallway-electron-build-'));
  await promisify(execFile)(process.execPath, [script, outDir]);
}, 60_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

function runPreload(code: string, argv: string[]) {
  const required: string[] = [];
  const exposeInMainWorld = vi.fn();
  const fakeElectron = {
    contextBridge: { exposeInMainWorld },
    ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
  };
  const fakeRequire = (name: string) => {
    required.push(name);
    return name === 'electron' ? fakeElectron : undefined;
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', 'process', code)(
    fakeRequire,
    module,
    module.exports,
    { argv },
  );
  return { required, exposeInMainWorld };
}

describe('build-electron', () => {
  it('bundles a preload that needs nothing but electron and exposes the bridge', async () => {
    const code = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
    const { required, exposeInMainWorld } = runPreload(code, ['electron', '--hallway-e2e']);

    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, bridge] = exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(name).toBe('hallwayDesktop');
    expect(typeof bridge.saveFile).toBe('function');
    expect(bridge.e2e).toBe(true);
  });

  it('bundles a main process that needs only electron and Node built-ins', async () => {
    const code = await readFile(path.join(outDir, 'main.cjs'), 'utf8');
    const required = [...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]);
    expect(required).toContain('electron');
    expect(required.filter((name) => name !== 'electron' && !name?.startsWith('node:'))).toEqual(
      [],
    );
  });

  it('keeps the literal webPreferences in the main bundle', async () => {
    const code = await readFile(path.join(outDir, 'main.cjs'), 'utf8');
    expect(code).toMatch(
      /webPreferences: \{\s*contextIsolation: true,\s*sandbox: true,\s*nodeIntegration: false,\s*webviewTag: false,\s*disableBlinkFeatures: "Auxclick"/,
    );
  });
});
