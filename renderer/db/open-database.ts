// Opens the database and runs pending migrations. Boot waits on this before announcing
// data-app-state="ready"; a failure becomes data-app-state="error" with the message. Upgrading
// the data of an older version can take a while at 50,000 people (most of a minute from schema
// 8): `onUpgrade` hears when it begins, so the window can say so instead of staying blank.
import { HallwayDatabase, DEFAULT_DATABASE_NAME } from './database';

export async function openDatabase(
  name: string = DEFAULT_DATABASE_NAME,
  onUpgrade?: (version: number) => void,
): Promise<HallwayDatabase> {
  const db = new HallwayDatabase(name);
  db.onUpgrade = onUpgrade;
  await db.open();
  db.onUpgrade = undefined;
  return db;
}
