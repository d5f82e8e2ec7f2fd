// The one IPC contract between the renderer and the main process (docs/architecture.md, "The
// platform contract"). Channel names are `domain:verb-noun`. Each invoke channel has a zod schema
// for its argument: the main process parses every argument (it arrives as unknown) before acting.
// The preload exposes one named method per channel, never a generic invoke.
import { z } from 'zod';
import { BACKUP_KINDS } from '../backup/backup-kind';
import { parseSyncServerUrl } from '../sync/sync-url';

const fileFilterSchema = z.object({
  name: z.string().max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).max(20),
});

export const saveFileArgsSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !/[\\/]/.test(name), 'a file name, not a path'),
  data: z.union([
    z.string(),
    z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'text or bytes'),
  ]),
  mimeType: z.string().max(100),
  filters: z.array(fileFilterSchema).max(10).optional(),
});

export const openFileArgsSchema = z.object({
  filters: z.array(fileFilterSchema).max(10).optional(),
  maxBytes: z
    .number()
    .int()
    .positive()
    .max(1024 * 1024 * 1024),
});

export const backupFileNameSchema = z.string().regex(/^hallway-backup-[a-z0-9-]+\.json$/);

export const ipcArgSchemas = {
  'files:save-file': saveFileArgsSchema,
  'files:open-file': openFileArgsSchema,
  'backups:write-backup': z.object({
    json: z.string().max(2 * 1024 * 1024 * 1024),
    kind: z.enum(BACKUP_KINDS),
  }),
  'backups:list-backups': z.undefined(),
  'backups:read-backup': backupFileNameSchema,
  'backups:show-backup': backupFileNameSchema,
  'notifications:show-notification': z.object({
    title: z.string().min(1).max(200),
    body: z.string().max(1000),
  }),
  'links:open-external': z.string().max(4096),
  'app:get-info': z.undefined(),
  'sync:allow-origin': z
    .string()
    .max(2048)
    .refine((url) => parseSyncServerUrl(url) !== null, 'a wss:// URL, or ws:// on loopback')
    .nullable(),
} as const;

export type InvokeChannel = keyof typeof ipcArgSchemas;

/** Results of each invoke channel (main → renderer), by channel. */
export interface InvokeResults {
  'files:save-file': import('../platform/platform').SaveFileResult;
  'files:open-file': import('../platform/platform').OpenFileResult;
  'backups:write-backup': import('../platform/platform').SaveFileResult;
  'backups:list-backups': import('../platform/platform').BackupInfo[];
  'backups:read-backup': string;
  'backups:show-backup': void;
  'notifications:show-notification': boolean;
  'links:open-external': boolean;
  'app:get-info': import('../platform/platform').AppInfo;
  'sync:allow-origin': void;
}

export type InvokeArgs<C extends InvokeChannel> = z.input<(typeof ipcArgSchemas)[C]>;

/** Main → renderer push channel for application-menu commands. */
export const MENU_COMMAND_CHANNEL = 'menu:run-command';

export const MENU_COMMANDS = [
  'import',
  'export',
  'backup',
  'open-settings',
  'open-command-palette',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const menuCommandSchema = z.enum(MENU_COMMANDS);

/** The preload's API, exposed as window.hallwayDesktop. One named method per channel. */
export interface DesktopBridge {
  saveFile(args: InvokeArgs<'files:save-file'>): Promise<InvokeResults['files:save-file']>;
  openFile(args: InvokeArgs<'files:open-file'>): Promise<InvokeResults['files:open-file']>;
  writeBackup(
    args: InvokeArgs<'backups:write-backup'>,
  ): Promise<InvokeResults['backups:write-backup']>;
  listBackups(): Promise<InvokeResults['backups:list-backups']>;
  readBackup(fileName: string): Promise<InvokeResults['backups:read-backup']>;
  showBackupInFolder(fileName: string): Promise<void>;
  showNotification(
    args: InvokeArgs<'notifications:show-notification'>,
  ): Promise<InvokeResults['notifications:show-notification']>;
  openExternal(url: string): Promise<boolean>;
  getAppInfo(): Promise<InvokeResults['app:get-info']>;
  allowSyncOrigin(serverUrl: string | null): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** True when started for end-to-end tests (HALLWAY_E2E=1). */
  readonly e2e: boolean;
}
