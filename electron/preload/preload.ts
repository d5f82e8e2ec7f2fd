// The preload: the renderer's only door to the main process. It exposes one object,
// window.hallwayDesktop, with one named method per IPC channel of the contract; each is a
// thin ipcRenderer.invoke. No generic invoke/send and no Electron object ever crosses the
// context bridge. Menu commands from the main process are validated before the page sees
// them. Bundled into one CommonJS file (build-electron.mjs), as sandbox: true requires.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  MENU_COMMAND_CHANNEL,
  menuCommandSchema,
  type DesktopBridge,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResults,
} from '../../shared/ipc/contract';
import { E2E_ARGUMENT } from '../e2e-flag';

function invoke<C extends InvokeChannel>(channel: C, arg?: InvokeArgs<C>) {
  return ipcRenderer.invoke(channel, arg) as Promise<InvokeResults[C]>;
}

const bridge = {
  saveFile: (args) => invoke('files:save-file', args),
  openFile: (args) => invoke('files:open-file', args),
  writeBackup: (args) => invoke('backups:write-backup', args),
  listBackups: () => invoke('backups:list-backups'),
  readBackup: (fileName) => invoke('backups:read-backup', fileName),
  showBackupInFolder: (fileName) => invoke('backups:show-backup', fileName),
  showNotification: (args) => invoke('notifications:show-notification', args),
  openExternal: (url) => invoke('links:open-external', url),
  getAppInfo: () => invoke('app:get-info'),
  allowSyncOrigin: (serverUrl) => invoke('sync:allow-origin', serverUrl),
  onMenuCommand(listener) {
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      const parsed = menuCommandSchema.safeParse(command);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
  e2e: process.argv.includes(E2E_ARGUMENT),
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('hallwayDesktop', bridge);
