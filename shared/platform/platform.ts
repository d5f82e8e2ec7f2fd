// The platform contract: everything the renderer needs from the operating system. Two
// implementations live in renderer/platform/: desktop (the preload's API, over IPC) and web
// (Blob downloads, file inputs, window.open, the Notification API). The UI only sees this.
import type { BackupKind, ListedBackupKind } from '../backup/backup-kind';
import type { MenuCommand } from '../ipc/contract';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  /** Text is written as UTF-8; bytes as they are. */
  data: string | Uint8Array;
  mimeType: string;
  filters?: FileFilter[];
}

export type SaveFileResult = { saved: true; location: string } | { saved: false };

export interface OpenFileRequest {
  filters?: FileFilter[];
  /** Files larger than this are refused with a clear error instead of being read. */
  maxBytes: number;
}

export type OpenFileResult =
  | { opened: true; name: string; bytes: Uint8Array }
  | { opened: false; reason: 'cancelled' }
  | { opened: false; reason: 'too-large'; name: string; size: number; maxBytes: number };

export interface BackupInfo {
  fileName: string;
  createdAt: number;
  sizeBytes: number;
  kind: ListedBackupKind;
}

export interface AppInfo {
  name: string;
  version: string;
  platform: 'desktop' | 'web';
  os: string;
  userDataDir: string | null;
}

export interface NotificationRequest {
  title: string;
  body: string;
}

export interface Platform {
  readonly kind: 'desktop' | 'web';
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  /**
   * Desktop: writes into the user-data backups/ folder with rotation (shared/backup/backup-kind
   * says which kinds rotation keeps). Web: a download whose name carries the kind.
   */
  writeBackup(json: string, kind: BackupKind): Promise<SaveFileResult>;
  /** Automatic backups on disk; the web has none. */
  listBackups(): Promise<BackupInfo[]>;
  readBackup(fileName: string): Promise<string>;
  showBackupInFolder(fileName: string): Promise<void>;
  showNotification(request: NotificationRequest): Promise<boolean>;
  /** Opens http(s) and mailto links outside the app; refuses anything else. */
  openExternal(url: string): Promise<boolean>;
  appInfo(): Promise<AppInfo>;
  /**
   * Lets the app reach this sync server (its WebSocket origin and its HTTP API origin) and no
   * other, or none with null. Call it before the first request to a server and with null when
   * forgetting it. Desktop: the main process checks the URL again, remembers it across restarts
   * and opens its CSP and request blocking to exactly that origin (it rejects a URL that
   * parseSyncServerUrl refuses); when the page was loaded for another server, the window is
   * reloaded, since a page's CSP is fixed when it loads. Web: nothing to do (the page's CSP is
   * a static meta tag, docs/security.md).
   */
  allowSyncOrigin(serverUrl: string | null): Promise<void>;
  /** Commands from the application menu (desktop) ; the web never sends any. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
