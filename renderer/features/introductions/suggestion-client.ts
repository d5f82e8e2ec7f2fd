// The page's side of the suggestion worker: one worker per page, created and started on first
// use (the Introductions screen or a person page), never during start-up.
import { wrap, type Remote } from 'comlink';
import type { SuggestionWorkerApi } from './suggestion-worker-api';

let client: Remote<SuggestionWorkerApi> | null = null;
const started = new Map<string, Promise<void>>();

export async function suggestionClient(databaseName: string): Promise<Remote<SuggestionWorkerApi>> {
  client ??= wrap<SuggestionWorkerApi>(
    new Worker(new URL('./suggestion-worker.ts', import.meta.url), { type: 'module' }),
  );
  let start = started.get(databaseName);
  if (!start) started.set(databaseName, (start = client.start(databaseName)));
  await start;
  return client;
}
