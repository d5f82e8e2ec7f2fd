// The IPC handlers: each contract channel wired to its OS service with Electron's real
// dialog, shell, Notification and file system. The services hold the logic and their tests;
// this file only supplies the dependencies.
import { readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import {
  app,
  dialog,
  Notification,
  shell,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { describeApp } from '../services/app-info';
import type { BackupStore } from '../services/backup-store';
import { showNotification } from '../services/notification';
import { openFileThroughDialog } from '../services/open-file';
import { saveFileThroughDialog } from '../services/save-file';
import type { IpcHandlers } from './ipc-front-door';
import { openExternalIfAllowed } from './navigation-policy';
import type { SyncOriginGate } from './sync-origin-gate';

export function createIpcHandlers(
  backups: BackupStore,
  syncOrigin: SyncOriginGate,
  mainWindow: () => BrowserWindow | null,
): IpcHandlers {
  const showSaveDialog = (options: SaveDialogOptions) => {
    const parent = mainWindow();
    return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
  };
  const showOpenDialog = (options: OpenDialogOptions) => {
    const parent = mainWindow();
    return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
  };

  return {
    'files:save-file': (request) =>
      saveFileThroughDialog(
        {
          showSaveDialog,
          writeFile: (filePath, data) => writeFile(filePath, data),
          defaultDirectory: app.getPath('documents'),
        },
        request,
      ),
    'files:open-file': (request) =>
      openFileThroughDialog(
        {
          showOpenDialog,
          stat: (filePath) => stat(filePath),
          readFile: (filePath) => readFile(filePath),
        },
        request,
      ),
    'backups:write-backup': ({ json, kind }) => backups.writeBackup(json, kind),
    'backups:list-backups': () => backups.listBackups(),
    'backups:read-backup': (fileName) => backups.readBackup(fileName),
    'backups:show-backup': async (fileName) => shell.showItemInFolder(backups.backupPath(fileName)),
    'notifications:show-notification': async (request) =>
      showNotification(
        {
          isSupported: () => Notification.isSupported(),
          show: ({ title, body }) => new Notification({ title, body }).show(),
        },
        request,
      ),
    'links:open-external': (url) =>
      openExternalIfAllowed((allowed) => shell.openExternal(allowed), url),
    'app:get-info': async () =>
      describeApp({
        name: app.getName(),
        version: app.getVersion(),
        platform: process.platform,
        osRelease: os.release(),
        userDataDir: app.getPath('userData'),
      }),
    'sync:allow-origin': async (serverUrl) => {
      if (syncOrigin.allow(serverUrl).reloadPage) mainWindow()?.webContents.reload();
    },
  };
}
