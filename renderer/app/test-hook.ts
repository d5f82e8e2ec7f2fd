// The end-to-end test hook: window.__hallway = { db, seed, saveQuickCapture, insertRows, patchRow }
// lets specs and benchmarks seed and inspect data without the UI (saveQuickCapture: a meetup logged
// in one go; importTools and writeTools: the import pipeline and bulk writes for the benchmarks).
// Specs read through `db` and write only through the write path (insertRows, patchRow).
// Installed only when the app was started for tests (web: ?e2e=1; desktop:
// HALLWAY_E2E=1, which the preload reports as hallwayDesktop.e2e), never otherwise.
import type { DesktopBridge } from '../../shared/ipc/contract';
import type { HallwayDatabase } from '../db/database';
import type { SyncStatus } from '../sync/sync-status';
import { useSyncStore } from '../sync/sync-store';
import type { SeedOptions, SeedResult } from '../data/writes/sample-data-writes';
import type { QuickCapture, QuickCaptureResult } from '../data/writes/quick-capture-writes';
import type { ImportTestTools } from '../features/import/import-test-hook';
import type { SourceRows, SourceTable } from '../data/source-tables';
import type { WriteTestTools } from './write-test-tools';
import type { PersonChanges } from '../data/writes/person-input';
import type { SyncedSourceRows } from './synced-source-rows';

export interface HallwayTestHook {
  db: HallwayDatabase;
  /** The sync session's current status (renderer/sync/sync-status), as the header shows it. */
  syncStatus(): SyncStatus;
  seed(options: SeedOptions): Promise<SeedResult>;
  /** Into the app's database, or into `target` (a benchmark's scratch copy). */
  saveQuickCapture(capture: QuickCapture, target?: HallwayDatabase): Promise<QuickCaptureResult>;
  /** The import pipeline with its default decisions, and raw papaparse (loaded on first use). */
  importTools(): Promise<ImportTestTools>;
  /** Adds rows through the write path, so derived data and the change feed follow (seeding). */
  insertRows<T extends SourceTable>(table: T, rows: SourceRows[T][]): Promise<void>;
  /** Changes fields of a stored row through the write path. */
  patchRow<T extends SourceTable>(
    table: T,
    key: string,
    changes: Partial<SourceRows[T]>,
  ): Promise<void>;
  /** Bulk writes of the sample data set into new databases, app paths and bare baselines. */
  writeTools(): Promise<WriteTestTools>;
  /** A field edit as the person page saves it (updatePerson). */
  editPerson(id: string, changes: PersonChanges): Promise<void>;
  /** Rebuilds every derived table now, as a start after an upgrade does; reports progress. */
  rebuildDerived(onProgress?: (done: number, total: number) => void): Promise<void>;
  /** Every synced table's rows sorted by key, derived fields left out: compared across devices. */
  syncedSourceRows(): Promise<SyncedSourceRows>;
}

declare global {
  interface Window {
    __hallway?: HallwayTestHook;
  }
}

export function isStartedForTests(search: string, desktop: DesktopBridge | undefined): boolean {
  return new URLSearchParams(search).get('e2e') === '1' || desktop?.e2e === true;
}

export function installTestHook(target: Window, db: HallwayDatabase): void {
  target.__hallway = {
    db,
    syncStatus: () => useSyncStore.getState().status,
    seed: async (options) => {
      const { seedDatabase } = await import('../data/writes/sample-data-writes');
      return seedDatabase(db, options);
    },
    saveQuickCapture: async (capture, target = db) => {
      const { saveQuickCapture } = await import('../data/writes/quick-capture-writes');
      return saveQuickCapture(target, capture);
    },
    importTools: async () => (await import('../features/import/import-test-hook')).importTestTools,
    insertRows: async (table, rows) => {
      const { runWrite } = await import('../data/run-write');
      await runWrite(db, (write) => write.insert(table, rows));
    },
    patchRow: async (table, key, changes) => {
      const { runWrite } = await import('../data/run-write');
      await runWrite(db, (write) => write.patch(table, key, changes));
    },
    writeTools: async () => (await import('./write-test-tools')).writeTestTools,
    editPerson: async (id, changes) => {
      const { updatePerson } = await import('../data/writes/people-writes');
      await updatePerson(db, id, changes);
    },
    rebuildDerived: async (onProgress) => {
      const [{ enqueueWrite }, { rebuildDerived }] = await Promise.all([
        import('../data/write-queue'),
        import('../data/rebuild-derived'),
      ]);
      await enqueueWrite(db, () => rebuildDerived(db, onProgress));
    },
    syncedSourceRows: async () => (await import('./synced-source-rows')).readSyncedSourceRows(db),
  };
}
