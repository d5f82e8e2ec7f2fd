// The main process wired end to end against a fake Electron: Electron cannot run on this
// machine, so this checks the glue in main.ts (order of start-up steps, the window's
// webPreferences, IPC registration and sender checks, menu commands, window state, single
// instance) the way the real module would be loaded.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from './ipc-front-door';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => ({ current: undefined as unknown as FakeElectron }));

interface FakeWindow {
  options: { webPreferences: Record<string, unknown> };
  webContents: { id: number; send: ReturnType<typeof vi.fn> };
  listeners: Map<string, Listener>;
  loadURL: ReturnType<typeof vi.fn>;
  focus: ReturnType<typeof vi.fn>;
}

function createFakeElectron(userDataDir: string, hasLock = true) {
  const steps: string[] = [];
  const appListeners = new Map<string, Listener>();
  const ipcHandlers = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  let menuTemplate: { label?: string; submenu?: { label?: string; click?: () => void }[] }[] = [];

  class BrowserWindow {
    options: FakeWindow['options'];
    webContents = { id: 41 + windows.length, send: vi.fn() };
    listeners = new Map<string, Listener>();
    loadURL = vi.fn(async () => undefined);
    focus = vi.fn();
    constructor(options: FakeWindow['options']) {
      steps.push('create-window');
      this.options = options;
      windows.push(this as unknown as FakeWindow);
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    maximize() {}
    isMinimized() {
      return false;
    }
    restore() {}
    show() {}
    getNormalBounds() {
      return { x: 10, y: 20, width: 1100, height: 700 };
    }
    isMaximized() {
      return false;
    }
  }

  const electron = {
    app: {
      setPath: vi.fn((name: string, value: string) => steps.push(`set-path:${name}=${value}`)),
      getPath: (name: string) => (name === 'userData' ? userDataDir : `/home/test/${name}`),
      requestSingleInstanceLock: () => hasLock,
      quit: vi.fn(() => steps.push('quit')),
      exit: vi.fn(),
      on: (event: string, listener: Listener) => appListeners.set(event, listener),
      whenReady: () => {
        steps.push('when-ready');
        return Promise.resolve();
      },
      isReady: () => true,
      isPackaged: true,
      getPreferredSystemLanguages: () => ['en-US'],
      setAboutPanelOptions: vi.fn(),
      getVersion: () => '0.1.0',
      getName: () => 'Hallway',
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => steps.push('register-scheme')),
      handle: vi.fn(() => steps.push('handle-scheme')),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
    ipcMain: { handle: (channel: string, handler: Listener) => ipcHandlers.set(channel, handler) },
    Menu: {
      buildFromTemplate: (template: typeof menuTemplate) => {
        menuTemplate = template;
        return template;
      },
      setApplicationMenu: vi.fn(),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: { openExternal: vi.fn(async () => undefined), showItemInFolder: vi.fn() },
    dialog: { showErrorBox: vi.fn() },
    Notification: { isSupported: () => false },
    BrowserWindow,
  };
  return {
    electron,
    steps,
    appListeners,
    ipcHandlers,
    windows,
    menu: () => menuTemplate,
  };
}

type FakeElectron = ReturnType<typeof createFakeElectron>;

// Each test loads main.ts afresh with its own fake; the mocked module forwards to it.
vi.mock('electron', () => {
  const forwarded = {};
  for (const name of Object.keys(createFakeElectron('').electron)) {
    Object.defineProperty(forwarded, name, {
      enumerable: true,
      get: () => fake.current.electron[name as keyof FakeElectron['electron']],
    });
  }
  return forwarded;
});

let userDataDir: string;

async function startMain(env: Record<string, string> = {}, hasLock = true) {
  fake.current = createFakeElectron(userDataDir, hasLock);
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
    windows[0]?.listeners.get('close')?.();
    const saved = JSON.parse(await readFile(path.join(userDataDir, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ x: 10, y: 20, width: 1100, height: 700, maximized: false });
  });

  it('focuses the existing window when launched a second time', async () => {
    const { appListeners, windows } = await startMain();
    appListeners.get('second-instance')?.();
    expect(windows[0]?.focus).toHaveBeenCalledOnce();
  });

  it('quits at once when another instance holds the lock', async () => {
    const { electron, windows, steps } = await startMain({}, false);
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(steps).not.toContain('when-ready');
    expect(windows).toHaveLength(0);
  });
});
