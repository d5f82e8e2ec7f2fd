// Names of backup files: hallway-backup-YYYY-MM-DD-HHmmss.json for automatic backups and
// hallway-backup-YYYY-MM-DD-HHmmss-<kind>.json for the others (shared/backup/backup-kind), in UTC
// so that names sort in time order and never depend on the machine's time zone (the UI shows
// local times from createdAt). The kind in the name is what rotation reads, so a safety copy
// stays one however the folder is listed. Only names that parse here are ever listed or read,
// which also rules out paths.
import { BACKUP_KINDS, type BackupKind } from '../../shared/backup/backup-kind';
import { backupFileNameSchema } from '../../shared/ipc/contract';

const BACKUP_NAME =
  /^hallway-backup-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})(?:-([a-z-]+))?\.json$/;

const twoDigits = (value: number) => String(value).padStart(2, '0');

export function backupFileName(createdAt: number, kind: BackupKind = 'automatic'): string {
  const at = new Date(createdAt);
  const date = `${at.getUTCFullYear()}-${twoDigits(at.getUTCMonth() + 1)}-${twoDigits(at.getUTCDate())}`;
  const time = `${twoDigits(at.getUTCHours())}${twoDigits(at.getUTCMinutes())}${twoDigits(at.getUTCSeconds())}`;
  const suffix = kind === 'automatic' ? '' : `-${kind}`;
  return `hallway-backup-${date}-${time}${suffix}.json`;
}

export interface ParsedBackupFileName {
  createdAt: number;
  kind: BackupKind;
}

const isBackupKind = (value: string): value is BackupKind =>
  (BACKUP_KINDS as readonly string[]).includes(value);

/** The creation time and kind encoded in a backup file name, or null when it is not one. */
export function parseBackupFileName(fileName: string): ParsedBackupFileName | null {
  if (!backupFileNameSchema.safeParse(fileName).success) return null;
  const match = BACKUP_NAME.exec(fileName);
  if (!match) return null;
  // "-automatic" parses as a kind but fails the round trip below: automatic names have no suffix.
  const kind = match[7] ?? 'automatic';
  if (!isBackupKind(kind)) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const createdAt = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  return backupFileName(createdAt, kind) === fileName ? { createdAt, kind } : null;
}
