// What the import worker offers the page, shared by the worker and import-api's client.
import type { ImportPreviewResult, ImportProgress } from '../../../shared/import/import-preview';
import type { ReadOptions } from './read-import-source';

export interface ImportWorkerApi {
  /** Reads, maps and plans one file against the database called `databaseName`. */
  preview(
    databaseName: string,
    source: Blob,
    options: ReadOptions,
    onProgress: (progress: ImportProgress) => void,
  ): Promise<ImportPreviewResult>;
}
