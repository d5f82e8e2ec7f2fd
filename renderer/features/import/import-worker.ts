// The import worker: reading, decoding, mapping and planning a file off the main thread (a 50,000-row
// file takes seconds). One worker per import, so that Cancel can simply terminate it. It opens the
// page's database by name to find the people already known.
import { expose } from 'comlink';
import { HallwayDatabase } from '../../db/database';
import type { ImportWorkerApi } from './import-worker-api';
import { previewImportFile } from './preview-import-file';

const api: ImportWorkerApi = {
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

expose(api);
