// Which automatic backups to keep: the newest backup of each of the last 7 days that have one
// (daily), plus the newest of each of the last 4 ISO weeks that have one (weekly), in UTC.
// A file that is both counts as daily. Everything else is deleted after each new backup, so
// the folder never holds more than 11 files however long the app runs.
export interface RotationPolicy {
  dailyCount: number;
  weeklyCount: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { dailyCount: 7, weeklyCount: 4 };

export interface DatedBackup {
  fileName: string;
  createdAt: number;
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

/** The backups to keep, each with the reason it is kept. Those not in the map may be deleted. */
export function selectBackupsToKeep(
  backups: readonly DatedBackup[],
  policy: RotationPolicy = DEFAULT_ROTATION,
): Map<string, 'daily' | 'weekly'> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt - a.createdAt);
  const kept = new Map<string, 'daily' | 'weekly'>();
  for (const fileName of newestPerPeriod(newestFirst, utcIsoWeek, policy.weeklyCount)) {
    kept.set(fileName, 'weekly');
  }
  for (const fileName of newestPerPeriod(newestFirst, utcDay, policy.dailyCount)) {
    kept.set(fileName, 'daily');
  }
  return kept;
}
