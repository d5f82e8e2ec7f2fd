// The import worker: reading, decoding, mapping and planning a file off the main thread (a
// 50,000-row file takes seconds). One worker per import, so that Cancel can simply terminate it.
// It opens the page's database by name to find the people already known.
import { expose } from 'comlink';
import { importWorkerApi } from './preview-import-file';

expose(importWorkerApi);
