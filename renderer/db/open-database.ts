// Opens the database and runs pending migrations. Boot waits on this before announcing
// data-app-state="ready"; a failure becomes data-app-state="error" with the message.
import { HallwayDatabase, DEFAULT_DATABASE_NAME } from './database';

export async function openDatabase(name: string = DEFAULT_DATABASE_NAME): Promise<HallwayDatabase> {
  const db = new HallwayDatabase(name);
  await db.open();
  return db;
}
