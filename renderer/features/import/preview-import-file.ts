// One import file from bytes to preview: read and mapped as it streams (read-import-source), then
// planned against the database (plan-preview). `importWorkerApi` is what the import worker exposes.
import type { ImportPreviewResult, ImportProgress } from '../../../shared/import/import-preview';
import { HallwayDatabase } from '../../db/database';
import type { ImportWorkerApi } from './import-worker-api';
import { planPreview } from './plan-preview';
import { readImportSource, type ReadOptions } from './read-import-source';

export async function previewImportFile(
  db: HallwayDatabase,
  source: Blob,
  options: ReadOptions,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportPreviewResult> {
  const read = await readImportSource(source, options, onProgress);
  if (read.kind !== 'records') return read;
  if (read.result.records.length === 0 && read.result.rejected.length === 0) {
    return { kind: 'failure', reason: 'no-rows' };
  }
  return planPreview(db, read, onProgress);
}

export const importWorkerApi: ImportWorkerApi = {
  async preview(databaseName, source, options, onProgress) {
    const db = new HallwayDatabase(databaseName);
    await db.open();
    try {
      return await previewImportFile(db, source, options, onProgress);
    } finally {
      db.close();
    }
  },
};
