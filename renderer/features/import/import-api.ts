// The import pipeline as the import UI uses it. Two steps:
//
// 1. `startImport(db, file, options, onProgress)` reads the file in a Web Worker (streamed; see
//    read-import-source) and plans it against the database (see shared/import/plan-import). Its
//    `preview` resolves to one of:
//    - `{ kind: 'failure', reason, line?, column? }`: the whole file is refused (empty, header-only,
//      binary, unbalanced-quotes, stray-quote, too-many-columns, cell-too-long, undecodable, too-large, no-rows,
//      unreadable); words in `import:failure.*` (`too-large` takes `limit`: MAX_IMPORT_BYTES; the
//      shape limits `maxColumns` and `maxCellCharacters`: MAX_COLUMNS and MAX_CELL_CHARS);
//    - `{ kind: 'needs-mapping', headers, sampleRows, mapping }`: a CSV from an unknown tool; call
//      startImport again with the user's `mapping` (and the same `encoding` if they chose one);
//    - `{ kind: 'preview', format, encoding, confidence, rows, invalid, warnings, counts, … }`: one
//      planned row per importable line (decision create / merge / skip, with the match explaining
//      a merge), every other line in `invalid` with its reason (`import:rejected.*`);
//    - `{ kind: 'cancelled' }` once `cancel()` was called (the worker is terminated).
//    Desktop callers wrap the bytes from platform.openFile in a Blob.
// 2. `commitImport(db, preview, decisions, options, onProgress)` writes the rows, with the user's
//    changed decisions (line → decision), in one write: all or nothing. Attendee lists and
//    rosters can be attached to an event, existing or new. Aborting `options.signal` rolls back and
//    rejects with an AbortError; a vanished event rejects with WriteError `not-found`.
import { proxy, releaseProxy, wrap } from 'comlink';
import type {
  ImportDecision,
  ImportPreview,
  ImportPreviewResult,
  ImportProgress,
} from '../../../shared/import/import-preview';
import type { HallwayDatabase } from '../../db/database';
import {
  writeImport,
  type AttachToEvent,
  type ImportSummary,
} from '../../data/writes/import-writes';
import type { ImportWorkerApi } from './import-worker-api';
import type { ReadOptions } from './read-import-source';

export type {
  ImportDecision,
  ImportFailure,
  ImportFailureReason,
  ImportMatch,
  ImportNeedsMapping,
  ImportPreview,
  ImportPreviewResult,
  ImportProgress,
  InvalidRow,
  PlannedRow,
} from '../../../shared/import/import-preview';
export { countDecisions } from '../../../shared/import/import-preview';
export type { AttachToEvent, ImportSummary } from '../../data/writes/import-writes';
export { MAX_IMPORT_BYTES } from './import-limits';

export type StartImportOptions = ReadOptions;

export interface ImportJob {
  preview: Promise<ImportPreviewResult>;
  /** Stops reading: the worker is terminated and `preview` resolves to `{ kind: 'cancelled' }`. */
  cancel(): void;
}

export function startImport(
  db: HallwayDatabase,
  source: Blob,
  options: StartImportOptions,
  onProgress: (progress: ImportProgress) => void,
): ImportJob {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  const api = wrap<ImportWorkerApi>(worker);
  let cancel: () => void = () => undefined;
  const cancelled = new Promise<ImportPreviewResult>((resolve) => {
    cancel = () => resolve({ kind: 'cancelled' });
  });
  const unreadable: ImportPreviewResult = { kind: 'failure', reason: 'unreadable' };
  // A worker that cannot start (its script failed to load or to run) only says so by an event.
  const failedToStart = new Promise<ImportPreviewResult>((resolve) => {
    worker.addEventListener('error', () => resolve(unreadable), { once: true });
  });
  const work = api
    .preview(db.name, source, options, proxy(onProgress))
    .catch((): ImportPreviewResult => unreadable);
  // The proxy is released here, not left to comlink's FinalizationRegistry: collected mid-call, it
  // would send RELEASE, and an endpoint that is a MessagePort (a worker in tests) closes on it
  // before the preview's reply is posted.
  const preview = Promise.race([work, cancelled, failedToStart]).finally(() => {
    api[releaseProxy]();
    worker.terminate();
  });
  return { preview, cancel: () => cancel() };
}

export interface CommitImportOptions {
  attachToEvent?: AttachToEvent;
  signal?: AbortSignal;
}

export function commitImport(
  db: HallwayDatabase,
  preview: ImportPreview,
  decisions: ReadonlyMap<number, ImportDecision>,
  options: CommitImportOptions,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportSummary> {
  return writeImport(db, preview, decisions, options, onProgress);
}
