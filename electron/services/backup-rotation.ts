// Which backups to keep. Automatic backups rotate: the newest of each of the last 7 days that
// have one (daily), plus the newest of each of the last 4 ISO weeks that have one (weekly), in
// UTC; a file that is both counts as daily. Every other kind (a safety copy before a restore,
// before emptying the trash, before an upgrade or a merge of many, and "Back up now") is never
// weighed against them: it is kept for SAFETY_BACKUP_KEEP_DAYS after it was made
// (shared/backup/backup-kind says why). Everything else is deleted after each new backup.
import {
  SAFETY_BACKUP_KEEP_DAYS,
  type BackupKind,
  type ListedBackupKind,
} from '../../shared/backup/backup-kind';

export interface RotationPolicy {
  dailyCount: number;
  weeklyCount: number;
  /** How long the kinds other than automatic are kept. */
  keptKindDays: number;
}

export const DEFAULT_ROTATION: RotationPolicy = {
  dailyCount: 7,
  weeklyCount: 4,
  keptKindDays: SAFETY_BACKUP_KEEP_DAYS,
};

export interface DatedBackup {
  fileName: string;
  createdAt: number;
  kind: BackupKind;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const utcDay = (at: number) => Math.floor(at / DAY_MS);
// 1970-01-01 was a Thursday: shifting by 3 days makes weeks start on Monday (ISO 8601).
const utcIsoWeek = (at: number) => Math.floor((utcDay(at) + 3) / 7);

function newestPerPeriod(
  newestFirst: readonly DatedBackup[],
  periodOf: (at: number) => number,
  count: number,
): string[] {
  const seen = new Set<number>();
  const kept: string[] = [];
  for (const backup of newestFirst) {
    const period = periodOf(backup.createdAt);
    if (seen.has(period)) continue;
    if (seen.size === count) break;
    seen.add(period);
    kept.push(backup.fileName);
  }
  return kept;
}

/** The backups to keep at `now`, each with its listed kind. Those not in the map may be deleted. */
export function selectBackupsToKeep(
  backups: readonly DatedBackup[],
  now: number,
  policy: RotationPolicy = DEFAULT_ROTATION,
): Map<string, ListedBackupKind> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt - a.createdAt);
  const automatic = newestFirst.filter((backup) => backup.kind === 'automatic');
  const kept = new Map<string, ListedBackupKind>();
  for (const fileName of newestPerPeriod(automatic, utcIsoWeek, policy.weeklyCount)) {
    kept.set(fileName, 'weekly');
  }
  for (const fileName of newestPerPeriod(automatic, utcDay, policy.dailyCount)) {
    kept.set(fileName, 'daily');
  }
  const oldestKept = now - policy.keptKindDays * DAY_MS;
  for (const { fileName, createdAt, kind } of newestFirst) {
    if (kind !== 'automatic' && createdAt > oldestKept) kept.set(fileName, kind);
  }
  return kept;
}
