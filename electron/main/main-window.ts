// The one main window. Its webPreferences are written out literally, not built from a
// variable, so that reviewers and the security scan (electronegativity) both see them:
// isolated context, sandboxed renderer, no Node, no <webview>, no middle-click navigation, no
// spellchecker (session-security.ts says why).
// Every window created here is recorded, so the IPC front door can tell the app's own
// windows from anything else.
import { BrowserWindow } from 'electron';
import { E2E_ARGUMENT } from '../e2e-flag';
import { APP_ENTRY_URL } from './app-origin';
import type { WindowState } from './window-state';

const appWebContentsIds = new Set<number>();

export function isAppWindowWebContents(webContentsId: number): boolean {
  return appWebContentsIds.has(webContentsId);
}

export interface MainWindowOptions {
  preloadPath: string;
  startedForTests: boolean;
  state: WindowState;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { state } = options;
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 640,
    minHeight: 480,
    title: 'Hallway',
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      preload: options.preloadPath,
      additionalArguments: options.startedForTests ? [E2E_ARGUMENT] : [],
    },
  });

  const webContentsId = window.webContents.id;
  appWebContentsIds.add(webContentsId);
  window.on('closed', () => appWebContentsIds.delete(webContentsId));

  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
