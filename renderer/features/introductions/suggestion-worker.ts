// The suggestion worker: holds the introduction engine's index off the main thread. It opens the
// same Dexie database as the page and catches up from the change feed before each question (see
// suggestion-index-sync.ts), so whatever the page wrote is taken into account.
import { expose } from 'comlink';
import { HallwayDatabase } from '../../db/database';
import { SuggestionIndexSync } from './suggestion-index-sync';
import type { SuggestionWorkerApi } from './suggestion-worker-api';

let sync: SuggestionIndexSync | null = null;
let started: Promise<SuggestionIndexSync> | null = null;

async function startIndex(databaseName: string): Promise<SuggestionIndexSync> {
  const db = new HallwayDatabase(databaseName);
  await db.open();
  const created = new SuggestionIndexSync(db);
  await created.start();
  sync = created;
  return created;
}

function running(): SuggestionIndexSync {
  if (!sync) throw new Error('The suggestion worker was asked before it was started.');
  return sync;
}

const api: SuggestionWorkerApi = {
  async start(databaseName) {
    started ??= startIndex(databaseName);
    await started;
  },
  suggestFor: (personId, limit) => running().suggestFor(personId, limit),
  suggestTopPairs: (limit) => running().suggestTopPairs(limit),
};

expose(api);
