// The end-to-end test hook: window.__hallway = { db, seed, saveQuickCapture } lets specs and
// benchmarks seed and inspect data without the UI (saveQuickCapture: a meetup logged in one go;
// importTools and writeTools: the import pipeline and bulk writes for the benchmarks).
// Installed only when the app was started for tests (web: ?e2e=1; desktop:
// HALLWAY_E2E=1, which the preload reports as hallwayDesktop.e2e), never otherwise.
import type { DesktopBridge } from '../../shared/ipc/contract';
import type { HallwayDatabase } from '../db/database';
import type { SeedOptions, SeedResult } from '../db/seed-database';
import type { QuickCapture, QuickCaptureResult } from '../repositories/quick-capture-repository';
import type { ImportTestTools } from '../features/import/import-test-hook';
import type { WriteTestTools } from './write-test-tools';

export interface HallwayTestHook {
  db: HallwayDatabase;
  seed(options: SeedOptions): Promise<SeedResult>;
  /** Into the app's database, or into `target` (a benchmark's scratch copy). */
  saveQuickCapture(capture: QuickCapture, target?: HallwayDatabase): Promise<QuickCaptureResult>;
  /** The import pipeline with its default decisions, and raw papaparse (loaded on first use). */
  importTools(): Promise<ImportTestTools>;
  /** Bulk writes of the sample data set into new databases, app paths and bare baselines. */
  writeTools(): Promise<WriteTestTools>;
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
    seed: async (options) => {
      const { seedDatabase } = await import('../db/seed-database');
      return seedDatabase(db, options);
    },
    saveQuickCapture: async (capture, target = db) => {
      const { saveQuickCapture } = await import('../repositories/quick-capture-repository');
      return saveQuickCapture(target, capture);
    },
    importTools: async () => (await import('../features/import/import-test-hook')).importTestTools,
    writeTools: async () => (await import('./write-test-tools')).writeTestTools,
  };
}
