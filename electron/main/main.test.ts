// The main process wired end to end against a fake Electron: Electron cannot run on this
// machine, so this checks the glue in main.ts (order of start-up steps, the window's
// webPreferences, IPC registration and sender checks, menu commands, window state, single
// instance) the way the real module would be loaded.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron, sessionRules, type FakeElectron } from '../testing/fake-electron';
import { INVOKE_CHANNELS } from './ipc-front-door';

const fake = vi.hoisted(() => ({ current: undefined as unknown as FakeElectron }));

// Each test loads main.ts afresh with its own fake; the mocked module forwards to it.
vi.mock('electron', async () => {
  const { forwardingElectronModule } = await import('../testing/fake-electron');
  return forwardingElectronModule(() => fake.current);
});

let userDataDir: string;

async function startMain(
  env: Record<string, string> = {},
  hasLock = true,
  preferredLanguages?: string[],
) {
  fake.current = createFakeElectron({ userDataDir, hasLock, preferredLanguages });
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  await import('./main');
  await new Promise((resolve) => setImmediate(resolve));
  return fake.current;
}

beforeEach(async () => {
  userDataDir = await mkdtemp(path.join(tmpdir(), 'hallway-main-'));
  vi.stubEnv('HALLWAY_USER_DATA_DIR', '');
  vi.stubEnv('HALLWAY_E2E', '');
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(userDataDir, { recursive: true, force: true });
});

describe('main process', () => {
  it('sets the test data folder and the app:// scheme before ready, then opens one window', async () => {
    const { steps, electron } = await startMain({ HALLWAY_USER_DATA_DIR: userDataDir });

    expect(steps.slice(0, 3)).toEqual([
      `set-path:userData=${userDataDir}`,
      'register-scheme',
      'when-ready',
    ]);
    expect(steps.indexOf('handle-scheme')).toBeLessThan(steps.indexOf('create-window'));
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(steps.filter((step) => step === 'create-window')).toHaveLength(1);
  });

  it('leaves userData alone without HALLWAY_USER_DATA_DIR', async () => {
    const { electron } = await startMain();
    expect(electron.app.setPath).not.toHaveBeenCalled();
  });

  it('opens the window locked down, on app://hallway', async () => {
    const { windows } = await startMain();
    const [window] = windows;

    expect(window?.options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      preload: expect.stringMatching(/preload\.cjs$/),
      additionalArguments: [],
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://hallway/index.html');
  });

  it('tells the preload about an end-to-end run', async () => {
    const { windows } = await startMain({ HALLWAY_E2E: '1' });
    expect(windows[0]?.options.webPreferences.additionalArguments).toEqual(['--hallway-e2e']);
  });

  it('registers every IPC channel behind the sender check', async () => {
    const { ipcHandlers, windows } = await startMain();
    expect([...ipcHandlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());

    const getInfo = ipcHandlers.get('app:get-info');
    const fromApp = {
      senderFrame: { url: 'app://hallway/index.html' },
      sender: { id: windows[0]?.webContents.id },
    };
    await expect(getInfo?.(fromApp, undefined)).resolves.toMatchObject({
      name: 'Hallway',
      platform: 'desktop',
      userDataDir,
    });
    const fromElsewhere = { senderFrame: { url: 'app://hallway/index.html' }, sender: { id: 7 } };
    await expect(getInfo?.(fromElsewhere, undefined)).rejects.toThrow(/not an app window/);
  });

  it('sends File menu commands to the window', async () => {
    const { menu, windows } = await startMain();
    const file = menu().find((item) => item.label === 'File');
    file?.submenu?.find((item) => item.label === 'Back up…')?.click?.();
    expect(windows[0]?.webContents.send).toHaveBeenCalledWith('menu:run-command', 'backup');
  });

  it('remembers the window size when it closes', async () => {
    const { windows } = await startMain();
    windows[0]?.emit('close');
    const saved = JSON.parse(await readFile(path.join(userDataDir, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ x: 10, y: 20, width: 1100, height: 700, maximized: false });
  });

  it('focuses the existing window when launched a second time', async () => {
    const { appListeners, windows } = await startMain();
    appListeners.get('second-instance')?.();
    expect(windows[0]?.focus).toHaveBeenCalledOnce();
  });

  it('offers to reload a window whose page crashed, in the system language', async () => {
    const { windows, messageBoxes } = await startMain({}, true, ['ja-JP']);
    const [window] = windows;
    window?.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });

    expect(messageBoxes[0]?.options).toMatchObject({
      message: 'Hallway のウィンドウが動作を停止しました。',
      buttons: ['再読み込み', 'Hallway を終了'],
    });
    messageBoxes[0]?.answer(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(window?.loadURL).toHaveBeenCalledTimes(2);
    expect(window?.loadURL).toHaveBeenLastCalledWith('app://hallway/index.html');
  });

  it('offers to wait for, reload or quit a window that stops responding', async () => {
    const { windows, messageBoxes, electron } = await startMain();
    windows[0]?.emit('unresponsive');
    expect(messageBoxes[0]?.options.buttons).toEqual(['Wait', 'Reload', 'Quit Hallway']);
    messageBoxes[0]?.answer(2);
    await new Promise((resolve) => setImmediate(resolve));
    expect(electron.app.quit).toHaveBeenCalledOnce();
  });

  it('turns the spellchecker off and keeps every request that is not the app own', async () => {
    const current = await startMain();
    const { session } = current;

    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(
      expect.stringMatching(/^app:\/\/hallway\//),
    );
    const rules = sessionRules(current);
    expect(
      rules.isRequestCancelled('https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic'),
    ).toBe(true);
    expect(rules.isRequestCancelled('app://hallway/assets/index.js')).toBe(false);
    expect(rules.requestPermission('clipboard-sanitized-write', 'app://hallway/index.html')).toBe(
      true,
    );
    expect(rules.checkPermission('geolocation', 'app://hallway')).toBe(false);
  });

  it('opens the session to exactly the sync server the page allows, and remembers it', async () => {
    const first = await startMain();
    const fromApp = {
      senderFrame: { url: 'app://hallway/index.html' },
      sender: { id: first.windows[0]?.webContents.id },
    };
    const allow = (url: string | null) =>
      first.ipcHandlers.get('sync:allow-origin')?.(fromApp, url);
    expect(sessionRules(first).isRequestCancelled('ws://127.0.0.1:4455/')).toBe(true);

    await expect(allow('http://sync.example.org')).rejects.toThrow(/invalid argument/);
    await expect(allow('ws://sync.example.org')).rejects.toThrow(/invalid argument/);
    await expect(allow('ws://127.0.0.1:4455')).resolves.toBeUndefined();
    const rules = sessionRules(first);
    expect(rules.isRequestCancelled('ws://127.0.0.1:4455/space:1/people/0')).toBe(false);
    expect(rules.isRequestCancelled('http://127.0.0.1:4455/v1/devices')).toBe(false);
    expect(rules.isRequestCancelled('ws://127.0.0.1:4456/')).toBe(true);
    expect(rules.isRequestCancelled('wss://sync.example.org/')).toBe(true);
    expect(first.windows[0]?.webContents.reload).not.toHaveBeenCalled();

    const restarted = await startMain();
    expect(sessionRules(restarted).isRequestCancelled('ws://127.0.0.1:4455/')).toBe(false);

    const fromRestarted = { ...fromApp, sender: { id: restarted.windows[0]?.webContents.id } };
    const allowAfterRestart = restarted.ipcHandlers.get('sync:allow-origin');
    await allowAfterRestart?.(fromRestarted, null);
    expect(sessionRules(restarted).isRequestCancelled('ws://127.0.0.1:4455/')).toBe(true);
    const saved = JSON.parse(await readFile(path.join(userDataDir, 'sync-origin.json'), 'utf8'));
    expect(saved).toEqual({ serverUrl: null });
  });

  it.each([
    ['a file', 'file:///etc/passwd'],
    ['a script', 'javascript:alert(1)'],
    ['a network share', 'smb://attacker.example/share'],
    ['a custom scheme', 'hallway-helper://run?cmd=calc'],
    ['a very long URL', `https://example.org/${'a'.repeat(5000)}`],
  ])('never hands %s from links:open-external to the operating system', async (_kind, url) => {
    const { ipcHandlers, windows, electron } = await startMain();
    const fromApp = {
      senderFrame: { url: 'app://hallway/index.html' },
      sender: { id: windows[0]?.webContents.id },
    };
    const opened = ipcHandlers.get('links:open-external')?.(fromApp, url) as Promise<boolean>;
    await expect(opened.catch(() => false)).resolves.toBe(false);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('hands a web or mail link from links:open-external to the operating system', async () => {
    const { ipcHandlers, windows, electron } = await startMain();
    const fromApp = {
      senderFrame: { url: 'app://hallway/index.html' },
      sender: { id: windows[0]?.webContents.id },
    };
    const openExternal = ipcHandlers.get('links:open-external');
    await expect(openExternal?.(fromApp, 'https://example.org/a?b=c')).resolves.toBe(true);
    await expect(openExternal?.(fromApp, 'mailto:aiko@example.org')).resolves.toBe(true);
    expect(electron.shell.openExternal.mock.calls).toEqual([
      ['https://example.org/a?b=c'],
      ['mailto:aiko@example.org'],
    ]);
  });

  it('quits at once when another instance holds the lock', async () => {
    const { electron, windows, steps } = await startMain({}, false);
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(steps).not.toContain('when-ready');
    expect(windows).toHaveLength(0);
  });
});
