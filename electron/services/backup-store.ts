// Backups on disk, in userData/backups/. A backup is written atomically: into a temporary file
// in the same folder (so the rename cannot cross file systems), flushed with fsync, closed,
// then renamed over its final name. A crash or a full disk therefore leaves either the whole
// new backup or none, and the earlier backups untouched. After each write the folder is
// rotated (backup-rotation.ts) and temporary files left by an earlier crash are removed; writes
// are queued one at a time, so no temporary file belongs to a write still in progress.
import nodePath from 'node:path';
import type { BackupKind } from '../../shared/backup/backup-kind';
import type { BackupInfo, SaveFileResult } from '../../shared/platform/platform';
import { backupFileName, parseBackupFileName } from './backup-file-name';
import { DEFAULT_ROTATION, selectBackupsToKeep, type RotationPolicy } from './backup-rotation';

export interface BackupFileHandle {
  writeFile(data: string, encoding: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The part of node:fs/promises the store uses. */
export interface BackupFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  open(path: string, flags: 'wx'): Promise<BackupFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number }>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
}

export interface BackupStoreOptions {
  fs: BackupFs;
  directory: string;
  now(): number;
  /** A few random characters for temporary file names. */
  randomTag(): string;
  log(message: string): void;
  rotation?: RotationPolicy;
}

export interface BackupStore {
  writeBackup(json: string, kind: BackupKind): Promise<SaveFileResult>;
  listBackups(): Promise<BackupInfo[]>;
  readBackup(fileName: string): Promise<string>;
  /** The full path of a listed backup (for "show in folder"). */
  backupPath(fileName: string): string;
}

const TEMPORARY_FILE = /^\.hallway-backup-.*\.tmp$/;

const isMissing = (error: unknown) => (error as { code?: unknown }).code === 'ENOENT';

export function createBackupStore(options: BackupStoreOptions): BackupStore {
  const { fs, directory } = options;
  let queue: Promise<unknown> = Promise.resolve();

  const backupPath = (fileName: string) => {
    if (parseBackupFileName(fileName) === null) {
      throw new Error(`${fileName} is not the name of a Hallway backup.`);
    }
    return nodePath.join(directory, fileName);
  };

  const readNames = async () => {
    try {
      return await fs.readdir(directory);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  };

  const datedBackups = (names: string[]) =>
    names.flatMap((fileName) => {
      const parsed = parseBackupFileName(fileName);
      return parsed === null ? [] : [{ fileName, ...parsed }];
    });

  const removeQuietly = async (path: string) => {
    try {
      await fs.unlink(path);
    } catch (error) {
      if (!isMissing(error)) options.log(`Could not remove ${path}: ${String(error)}`);
    }
  };

  const writeAtomically = async (finalPath: string, json: string) => {
    const temporaryPath = nodePath.join(
      directory,
      `.${nodePath.basename(finalPath)}.${options.randomTag()}.tmp`,
    );
    try {
      const handle = await fs.open(temporaryPath, 'wx');
      try {
        await handle.writeFile(json, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temporaryPath, finalPath);
    } catch (error) {
      await removeQuietly(temporaryPath);
      throw error;
    }
  };

  const rotate = async () => {
    const names = await readNames();
    const kept = selectBackupsToKeep(
      datedBackups(names),
      options.now(),
      options.rotation ?? DEFAULT_ROTATION,
    );
    const doomed = names.filter(
      (name) =>
        TEMPORARY_FILE.test(name) || (parseBackupFileName(name) !== null && !kept.has(name)),
    );
    await Promise.all(doomed.map((name) => removeQuietly(nodePath.join(directory, name))));
  };

  const write = async (json: string, kind: BackupKind): Promise<SaveFileResult> => {
    await fs.mkdir(directory, { recursive: true });
    const finalPath = nodePath.join(directory, backupFileName(options.now(), kind));
    await writeAtomically(finalPath, json);
    await rotate();
    return { saved: true, location: finalPath };
  };

  return {
    writeBackup(json, kind) {
      const result = queue.then(() => write(json, kind));
      queue = result.catch(() => undefined);
      return result;
    },

    async listBackups() {
      const backups = datedBackups(await readNames());
      const listed = selectBackupsToKeep(
        backups,
        options.now(),
        options.rotation ?? DEFAULT_ROTATION,
      );
      const infos = await Promise.all(
        backups.map(async ({ fileName, createdAt, kind }) => ({
          fileName,
          createdAt,
          sizeBytes: (await fs.stat(nodePath.join(directory, fileName))).size,
          kind: listed.get(fileName) ?? (kind === 'automatic' ? 'daily' : kind),
        })),
      );
      return infos.sort((a, b) => b.createdAt - a.createdAt);
    },

    async readBackup(fileName) {
      return fs.readFile(backupPath(fileName), 'utf8');
    },

    backupPath,
  };
}
