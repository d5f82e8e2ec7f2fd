// Opens the database and runs pending schema changes. Boot waits on this (and then on the rebuild
// of derived data, see renderer/app/boot) before announcing data-app-state="ready"; a failure
// becomes data-app-state="error" with the message. `onUpgrade` hears when an older database starts
// being upgraded, so the window can say so instead of staying blank. Other windows on the same
// database are watched from the start (other-windows).
import { HallwayDatabase, DEFAULT_DATABASE_NAME } from './database';
import { watchOtherWindows } from './other-windows';

export async function openDatabase(
  name: string = DEFAULT_DATABASE_NAME,
  onUpgrade?: () => void,
): Promise<HallwayDatabase> {
  const db = new HallwayDatabase(name);
  db.onUpgrade = onUpgrade;
  watchOtherWindows(db);
  await db.open();
  db.onUpgrade = undefined;
  return db;
}
