// Desktop: before a new version of the app upgrades the stored database, a 'before-upgrade'
// backup of it as it is, so a failed or unwanted upgrade always has a way back (the boot error
// screen offers to restore it). The database is opened without a schema (Dexie's dynamic mode),
// which reads its stored version and tables and changes nothing; only a database that exists,
// is older than the app's schema and holds data is backed up. The backup carries the stored
// version, so restoring it runs the migrations like any older backup. The web has no backups
// folder, and a download at every start after an update would be worse than none.
import Dexie from 'dexie';
import type { Platform } from '../../../shared/platform/platform';
import { createBackupJson } from './create-backup';
import { DATA_TABLES } from './data-tables';

export type UpgradeBackupOutcome = 'not-desktop' | 'no-database' | 'current' | 'empty' | 'saved';

export interface UpgradeBackupOptions {
  databaseName: string;
  /** The schema version the app is about to open the database with. */
  appVersion: number;
  platform: Platform;
  /** Called once a backup is going to be written, so the window can say so. */
  onBackingUp?(): void;
}

export async function backUpBeforeUpgrade({
  databaseName,
  appVersion,
  platform,
  onBackingUp,
}: UpgradeBackupOptions): Promise<UpgradeBackupOutcome> {
  if (platform.kind !== 'desktop') return 'not-desktop';
  if (!(await Dexie.exists(databaseName))) return 'no-database';
  const stored = new Dexie(databaseName);
  try {
    await stored.open();
    if (stored.verno >= appVersion) return 'current';
    const dataTables = stored.tables.filter((table) =>
      (DATA_TABLES as readonly string[]).includes(table.name),
    );
    const counts = await Promise.all(dataTables.map((table) => table.count()));
    if (counts.every((count) => count === 0)) return 'empty';
    onBackingUp?.();
    const saved = await platform.writeBackup(await createBackupJson(stored), 'before-upgrade');
    if (!saved.saved) throw new Error('The backup before the update was not saved.');
    return 'saved';
  } finally {
    stored.close();
  }
}
