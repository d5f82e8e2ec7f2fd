// Hallway's main process: lifecycle, the one window, the menu and the IPC front door. Every
// piece of logic lives in a small module with unit tests; this file only connects them.
//
// Security measures and where each one lives:
// - Window: contextIsolation, sandbox, no nodeIntegration, no webviewTag, Auxclick disabled,
//   written literally in webPreferences ............................... main-window.ts
// - Renderer served from app://hallway (privileged standard + secure scheme), not file://,
//   through a path-traversal guard ................. app-protocol.ts, app-asset-path.ts
// - Content-Security-Policy: meta tag in renderer/index.html and the same policy as a response
//   header ...................................... content-security-policy.ts, app-asset-response.ts
// - window.open denied (http/https/mailto handed to the OS), navigation and redirects away
//   from app:// prevented, <webview> never attached ....... navigation-guards.ts, navigation-policy.ts
// - shell.openExternal only for http:, https:, mailto: .......... shared/platform/external-url-policy.ts
// - Permissions denied except the clipboard write and persistent storage for the app; no
//   request that is not the app's own leaves the session; no spellchecker (no dictionary
//   download) ....................... session-security.ts, permission-policy.ts, request-policy.ts
// - Sync: the CSP and the request blocking open to exactly the sync server the user set up
//   (wss://, ws:// only on loopback), checked again here and remembered for the next start
//   ........................... sync-origin-gate.ts, sync-origin.ts, sync-origin-file.ts
// - A crashed or hung page gets a message offering to reload, never a blank window
//   ..................................................... renderer-failure-recovery.ts
// - IPC: named preload methods only; every call checked for an app:// frame in an app window
//   and its argument parsed with the contract's zod schema ....... ipc-front-door.ts,
//   ../preload/preload.ts, shared/ipc/contract.ts
// - Backups written atomically and read only by validated names ... ../services/backup-store.ts
// - Single-instance lock (a second launch focuses the first window) ...... below
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../../shared/ipc/contract';
import { isStartedForTests } from '../e2e-flag';
import { createBackupStore } from '../services/backup-store';
import { declareAppScheme, serveAppScheme } from './app-protocol';
import { buildApplicationMenuTemplate } from './application-menu';
import { createIpcHandlers } from './ipc-handlers';
import { createIpcFrontDoor, registerIpcFrontDoor } from './ipc-front-door';
import { createMainWindow, isAppWindowWebContents } from './main-window';
import { menuLabelsFor } from './menu-labels';
import { guardNavigation } from './navigation-guards';
import { openExternalIfAllowed } from './navigation-policy';
import { rendererFailureLabelsFor } from './renderer-failure-labels';
import { recoverFromRendererFailures } from './renderer-failure-recovery';
import { secureSession } from './session-security';
import { readSavedSyncServerUrl, saveSyncServerUrl, SYNC_ORIGIN_FILE } from './sync-origin-file';
import { createSyncOriginGate } from './sync-origin-gate';
import { loadWindowState, saveWindowState } from './window-state';

// A fresh data folder for tests; it must be set before `ready` (and before the instance lock,
// which lives in it, so test runs with separate folders do not collide).
const userDataOverride = process.env.HALLWAY_USER_DATA_DIR;
if (userDataOverride) app.setPath('userData', userDataOverride);
declareAppScheme();

if (app.requestSingleInstanceLock()) {
  startApp();
} else {
  app.quit();
}

function startApp(): void {
  let mainWindow: BrowserWindow | null = null;
  const openExternal = (url: string) => {
    openExternalIfAllowed((allowed) => shell.openExternal(allowed), url).catch((error: unknown) =>
      console.error(`Could not open ${url}:`, error),
    );
  };

  const openMainWindow = () => {
    const stateFile = path.join(app.getPath('userData'), 'window-state.json');
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const window = createMainWindow({
      preloadPath: path.join(__dirname, 'preload.cjs'),
      startedForTests: isStartedForTests(process.env),
      state: loadWindowState({ readFileSync }, stateFile, workAreas),
    });
    recoverFromRendererFailures(window, {
      showMessageBox: (parent, options) => dialog.showMessageBox(parent, options),
      quit: () => app.quit(),
      labels: rendererFailureLabelsFor(app.getPreferredSystemLanguages()),
      log: (message) => console.error(message),
    });
    window.on('close', () => {
      try {
        saveWindowState(
          { writeFileSync },
          stateFile,
          window.getNormalBounds(),
          window.isMaximized(),
        );
      } catch (error) {
        console.error('Could not remember the window size:', error);
      }
    });
    window.on('closed', () => {
      mainWindow = null;
    });
    mainWindow = window;
  };

  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, openExternal));

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && !mainWindow) openMainWindow();
  });

  const onReady = () => {
    const syncOriginFile = path.join(app.getPath('userData'), SYNC_ORIGIN_FILE);
    const syncOriginFs = { readFileSync, writeFileSync, renameSync, rmSync };
    const syncOrigin = createSyncOriginGate({
      initialServerUrl: readSavedSyncServerUrl(syncOriginFs, syncOriginFile),
      save: (serverUrl) => saveSyncServerUrl(syncOriginFs, syncOriginFile, serverUrl),
    });
    secureSession(session.defaultSession, () => syncOrigin.origins());
    serveAppScheme(path.join(__dirname, '..', 'renderer'), (forPage) =>
      syncOrigin.contentSecurityPolicy(forPage),
    );

    const backups = createBackupStore({
      fs: fsPromises,
      directory: path.join(app.getPath('userData'), 'backups'),
      now: Date.now,
      randomTag: () => randomBytes(6).toString('hex'),
      log: (message) => console.warn(message),
    });
    const dispatch = createIpcFrontDoor({
      handlers: createIpcHandlers(backups, syncOrigin, () => mainWindow),
      isTrustedWebContents: isAppWindowWebContents,
      logRefusal: (message) => console.warn(message),
    });
    registerIpcFrontDoor(ipcMain, dispatch);

    app.setAboutPanelOptions({
      applicationName: 'Hallway',
      applicationVersion: app.getVersion(),
    });
    const menuTemplate = buildApplicationMenuTemplate({
      platform: process.platform,
      isPackaged: app.isPackaged,
      labels: menuLabelsFor(app.getPreferredSystemLanguages()),
      sendCommand: (command) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate));

    openMainWindow();
  };

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('Hallway could not start:', error);
      dialog.showErrorBox(
        'Hallway could not start',
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });
}
