// Reads of topics; the writes are in renderer/data/writes/topics-writes.
import type { HallwayDatabase } from '../db/database';

/**
 * The user's aliases: canonical alias text → topic key. Read through the *aliases index, which
 * holds only the topics that have aliases (a few), not every topic: every person saved calls this.
 */
export async function loadTopicAliases(db: HallwayDatabase): Promise<Map<string, string>> {
  const aliases = new Map<string, string>();
  await db.topics.orderBy('aliases').each((topic, cursor) => {
    aliases.set(String(cursor.key), topic.key);
  });
  return aliases;
}
