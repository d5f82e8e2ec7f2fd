// A recording fake of the parts of Electron the main process uses. Electron cannot run on this
// machine, so the main process is tested by loading it against this fake: the TypeScript sources
// (electron/main/main.test.ts, through vi.mock) and the built bundle (build/packaged-app, through
// its own require). Each test makes a fresh fake and reads what the main process did with it:
// the start-up steps in order, the windows and their options, the listeners, the IPC handlers,
// the app:// handler, the session's rules and the messages shown.
import { vi } from 'vitest';

export type Listener = (...args: unknown[]) => unknown;

interface MessageBoxCall {
  options: {
    type?: string;
    message: string;
    buttons?: string[];
    defaultId?: number;
    cancelId?: number;
    signal?: AbortSignal;
  };
  /** Settles the message as if the user pressed the button of this index. */
  answer(response: number): void;
}

export interface FakeElectronOptions {
  userDataDir: string;
  hasLock?: boolean;
  preferredLanguages?: string[];
}

export function createFakeElectron(options: FakeElectronOptions) {
  const steps: string[] = [];
  const appListeners = new Map<string, Listener>();
  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (request: { url: string }) => Promise<Response>>();
  const windows: FakeBrowserWindow[] = [];
  const messageBoxes: MessageBoxCall[] = [];
  let menuTemplate: { label?: string; submenu?: { label?: string; click?: () => void }[] }[] = [];

  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };

  class FakeWebContents {
    listeners = new Map<string, Listener>();
    send = vi.fn();
    reload = vi.fn();
    forcefullyCrashRenderer = vi.fn();
    constructor(readonly id: number) {}
    on<A extends unknown[]>(event: string, listener: (...args: A) => unknown) {
      this.listeners.set(event, listener as Listener);
      return this;
    }
    /** Emits an event of this webContents, as Electron would. */
    emit(event: string, ...args: unknown[]) {
      this.listeners.get(event)?.(...args);
    }
  }

  class FakeBrowserWindow {
    webContents = new FakeWebContents(41 + windows.length);
    listeners = new Map<string, Listener[]>();
    loadURL = vi.fn(async (_url: string) => undefined);
    focus = vi.fn();
    destroyed = false;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      steps.push('create-window');
      windows.push(this);
    }
    on<A extends unknown[]>(event: string, listener: (...args: A) => unknown) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as Listener]);
      return this;
    }
    once<A extends unknown[]>(event: string, listener: (...args: A) => unknown) {
      return this.on(event, listener);
    }
    /** Emits an event of this window, as Electron would. */
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
    isDestroyed() {
      return this.destroyed;
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
      getPath: (name: string) => (name === 'userData' ? options.userDataDir : `/home/test/${name}`),
      requestSingleInstanceLock: () => options.hasLock ?? true,
      quit: vi.fn(() => steps.push('quit')),
      exit: vi.fn(),
      on: (event: string, listener: Listener) => appListeners.set(event, listener),
      whenReady: () => {
        steps.push('when-ready');
        return Promise.resolve();
      },
      isReady: () => true,
      isPackaged: true,
      getPreferredSystemLanguages: () => options.preferredLanguages ?? ['en-US'],
      setAboutPanelOptions: vi.fn(),
      getVersion: () => '0.1.0',
      getName: () => 'Hallway',
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => steps.push('register-scheme')),
      handle: vi.fn((scheme: string, handler: (request: { url: string }) => Promise<Response>) => {
        steps.push('handle-scheme');
        protocolHandlers.set(scheme, handler);
      }),
    },
    session: { defaultSession: session },
    ipcMain: { handle: (channel: string, handler: Listener) => ipcHandlers.set(channel, handler) },
    Menu: {
      buildFromTemplate: (template: typeof menuTemplate) => {
        menuTemplate = template;
        return template;
      },
      setApplicationMenu: vi.fn(),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: { openExternal: vi.fn(async (_url: string) => undefined), showItemInFolder: vi.fn() },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(
        (_window: unknown, options: MessageBoxCall['options']) =>
          new Promise<{ response: number; checkboxChecked: boolean }>((resolve) => {
            const answer = (response: number) => resolve({ response, checkboxChecked: false });
            messageBoxes.push({ options, answer });
            options.signal?.addEventListener('abort', () => answer(options.cancelId ?? 0));
          }),
      ),
    },
    Notification: { isSupported: () => false },
    BrowserWindow: FakeBrowserWindow,
    // The preload's side: what it exposes, and its invokes delivered to the main process's
    // handlers as if sent by the page of the first window.
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, arg?: unknown) => {
        const handler = ipcHandlers.get(channel);
        if (!handler) throw new Error(`No handler registered for '${channel}'`);
        const sender = { id: windows[0]?.webContents.id ?? -1 };
        return handler({ senderFrame: { url: 'app://hallway/index.html' }, sender }, arg);
      }),
      on: vi.fn(),
      removeListener: vi.fn(),
    },
  };

  return {
    electron,
    steps,
    appListeners,
    ipcHandlers,
    protocolHandlers,
    session,
    windows,
    messageBoxes,
    menu: () => menuTemplate,
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type FakeWindow = FakeElectron['windows'][number];

/** The module `electron` as the main process sees it, forwarding to whichever fake is current:
 * for vi.mock('electron', …), whose factory runs once while each test makes its own fake. */
export function forwardingElectronModule(current: () => FakeElectron) {
  const forwarded = {};
  for (const name of Object.keys(createFakeElectron({ userDataDir: '' }).electron)) {
    Object.defineProperty(forwarded, name, {
      enumerable: true,
      get: () => current().electron[name as keyof FakeElectron['electron']],
    });
  }
  return forwarded;
}

/** Calls the permission handlers and the request listener the main process gave the session. */
export function sessionRules(fake: FakeElectron) {
  const [requestHandler] = fake.session.setPermissionRequestHandler.mock.calls.at(-1) as [
    (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl: string },
    ) => void,
  ];
  const [checkHandler] = fake.session.setPermissionCheckHandler.mock.calls.at(-1) as [
    (contents: unknown, permission: string, requestingOrigin: string) => boolean,
  ];
  const beforeRequest = fake.session.webRequest.onBeforeRequest.mock.calls.at(-1)?.at(-1) as (
    details: { url: string },
    callback: (response: { cancel?: boolean }) => void,
  ) => void;
  return {
    requestPermission(permission: string, requestingUrl: string): boolean {
      let granted: boolean | undefined;
      requestHandler(null, permission, (answer) => (granted = answer), { requestingUrl });
      if (granted === undefined) throw new Error('the request handler did not answer');
      return granted;
    },
    checkPermission(permission: string, requestingOrigin: string): boolean {
      return checkHandler(null, permission, requestingOrigin);
    },
    isRequestCancelled(url: string): boolean {
      let cancel: boolean | undefined;
      beforeRequest({ url }, (response) => (cancel = response.cancel ?? false));
      if (cancel === undefined) throw new Error('the request listener did not answer');
      return cancel;
    },
  };
}
