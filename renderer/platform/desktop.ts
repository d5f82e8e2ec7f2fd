// The platform contract on the desktop: every call goes to the preload's bridge
// (window.hallwayDesktop), which forwards it over IPC to the main process. Nothing else
// happens here; the main process validates and does the work.
import type { DesktopBridge } from '../../shared/ipc/contract';
import type { Platform } from '../../shared/platform/platform';

export function createDesktopPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'desktop',
    saveFile: (request) => bridge.saveFile(request),
    openFile: (request) => bridge.openFile(request),
    writeBackup: (json, kind) => bridge.writeBackup({ json, kind }),
    listBackups: () => bridge.listBackups(),
    readBackup: (fileName) => bridge.readBackup(fileName),
    showBackupInFolder: (fileName) => bridge.showBackupInFolder(fileName),
    showNotification: (request) => bridge.showNotification(request),
    openExternal: (url) => bridge.openExternal(url),
    appInfo: () => bridge.getAppInfo(),
    allowSyncOrigin: (serverUrl) => bridge.allowSyncOrigin(serverUrl),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
