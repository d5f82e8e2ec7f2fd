// A restore of a backup from an older schema upgrades its rows in a scratch database beside the
// app's (features/backup/restore-backup.ts) and deletes it when done. A restore cut short (the
// window closed, the app crashed) leaves it behind: a full copy of the user's data nobody will
// read. Start-up removes such leftovers. Only those older than an hour: a scratch database that
// young may belong to a restore still running in another window, and deleting it there would
// turn that restore's rows into nothing.
import Dexie from 'dexie';

const HOUR_MS = 60 * 60 * 1000;

export function restoreScratchDatabaseName(databaseName: string, startedAt: number): string {
  return `${databaseName}-restore-${startedAt}`;
}

/** Deletes the scratch databases of restores of `databaseName` that started over an hour ago. */
export async function removeLeftoverRestoreDatabases(
  databaseName: string,
  now: number,
): Promise<string[]> {
  const prefix = restoreScratchDatabaseName(databaseName, 0).slice(0, -1);
  const leftovers = (await Dexie.getDatabaseNames()).filter((name) => {
    if (!name.startsWith(prefix)) return false;
    const startedAt = name.slice(prefix.length);
    return /^\d+$/.test(startedAt) && now - Number(startedAt) > HOUR_MS;
  });
  for (const name of leftovers) await Dexie.delete(name);
  return leftovers;
}
