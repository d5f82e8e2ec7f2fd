// For benchmarks and end-to-end tests only, through window.__hallway.importTools() (the test hook,
// present when the app was started for tests): the whole import pipeline run with its default
// decisions, as a user who accepts the preview gets it, and papaparse itself for the benchmark's
// raw baseline. Loaded on first use, never in a normal session.
import Papa from 'papaparse';
import type { ImportCounts, ImportFailureReason } from '../../../shared/import/import-preview';
import type { HallwayDatabase } from '../../db/database';
import { commitImport, startImport, type AttachToEvent, type ImportSummary } from './import-api';

export type TestImportResult =
  | { kind: 'imported'; counts: ImportCounts; summary: ImportSummary; previewMs: number }
  | { kind: 'failure'; reason: ImportFailureReason; line?: number; column?: number }
  | { kind: 'needs-mapping' | 'cancelled' };

export interface ImportTestTools {
  /** Imports `source` into `db`, accepting every default decision of the preview. */
  importFile(
    db: HallwayDatabase,
    source: Blob,
    attachToEvent?: AttachToEvent,
  ): Promise<TestImportResult>;
  /** papaparse's own parse of a whole CSV text, header row included: the benchmarks' baseline. */
  parseCsv(text: string): string[][];
}

export const importTestTools: ImportTestTools = {
  async importFile(db, source, attachToEvent) {
    const started = performance.now();
    const preview = await startImport(db, source, {}, () => undefined).preview;
    if (preview.kind !== 'preview') return preview;
    const previewMs = performance.now() - started;
    const options = attachToEvent ? { attachToEvent } : {};
    const summary = await commitImport(db, preview, new Map(), options, () => undefined);
    return { kind: 'imported', counts: preview.counts, summary, previewMs };
  },
  parseCsv: (text) => Papa.parse<string[]>(text).data,
};
