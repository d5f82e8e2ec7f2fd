// Restoring from the boot error screen, when the app's database cannot be opened (a failed
// upgrade, a database of a newer version): the backup's rows are prepared and checked first
// (restore-backup.ts), and only then is the stored database deleted and created afresh with the
// backup's rows. A refused backup therefore leaves the stored database exactly as it was, so its
// raw data can still be saved.
import Dexie from 'dexie';
import type { ParsedBackup } from '../../../shared/backup/parse-backup';
import { replaceAllSources } from '../../data/writes/restore-writes';
import { HallwayDatabase } from '../../db/database';
import { prepareRestoredRows } from './restore-backup';

export async function restoreOverUnopenable(
  databaseName: string,
  backup: ParsedBackup,
): Promise<void> {
  const rows = await prepareRestoredRows(databaseName, backup);
  await Dexie.delete(databaseName);
  const db = new HallwayDatabase(databaseName);
  try {
    await db.open();
    await replaceAllSources(db, rows);
  } finally {
    db.close();
  }
}
