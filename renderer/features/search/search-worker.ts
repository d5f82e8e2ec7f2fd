// The search worker: holds the people index off the main thread so typing never waits on it. It
// opens the same Dexie database as the page (Dexie works in workers) and learns about writes
// through a liveQuery on the change feed's newest sequence number: Dexie broadcasts every committed
// write to other contexts of the same origin, and every write appends to the feed, so whatever the
// page writes reaches the index without the page having to notify it.
import { expose } from 'comlink';
import { liveQuery } from 'dexie';
import { latestChangeSeq } from '../../data/change-feed';
import { HallwayDatabase } from '../../db/database';
import { SearchIndexSync } from './search-index-sync';
import type { SearchWorkerApi } from './search-worker-api';

let sync: SearchIndexSync | null = null;
let started: Promise<void> | null = null;
let ready = false;

async function startIndex(databaseName: string): Promise<void> {
  const db = new HallwayDatabase(databaseName);
  await db.open();
  const current = new SearchIndexSync(db);
  sync = current;
  await current.start();
  ready = true;
  liveQuery(() => latestChangeSeq(db)).subscribe({ next: () => void current.refresh() });
}

const api: SearchWorkerApi = {
  start(databaseName) {
    started ??= startIndex(databaseName);
    return started;
  },
  search(query, limit) {
    return { ready, hits: sync?.search(query, limit) ?? [] };
  },
  async flush() {
    await started;
    await sync?.flush();
  },
};

expose(api);
