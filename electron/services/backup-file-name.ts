// Names of backup files: hallway-backup-YYYY-MM-DD-HHmmss.json, in UTC so that names sort in
// time order and never depend on the machine's time zone (the UI shows local times from
// createdAt). Only names that parse here are ever listed or read, which also rules out paths.
import { backupFileNameSchema } from '../../shared/ipc/contract';

const BACKUP_NAME = /^hallway-backup-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})\.json$/;

const twoDigits = (value: number) => String(value).padStart(2, '0');

export function backupFileName(createdAt: number): string {
  const at = new Date(createdAt);
  const date = `${at.getUTCFullYear()}-${twoDigits(at.getUTCMonth() + 1)}-${twoDigits(at.getUTCDate())}`;
  const time = `${twoDigits(at.getUTCHours())}${twoDigits(at.getUTCMinutes())}${twoDigits(at.getUTCSeconds())}`;
  return `hallway-backup-${date}-${time}.json`;
}

/** The creation time encoded in a backup file name, or null when it is not one. */
export function parseBackupFileName(fileName: string): number | null {
  if (!backupFileNameSchema.safeParse(fileName).success) return null;
  const match = BACKUP_NAME.exec(fileName);
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const createdAt = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  return backupFileName(createdAt) === fileName ? createdAt : null;
}
