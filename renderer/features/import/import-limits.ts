// How large a file an import reads. Its own module, so that the dialog's file choice can check
// a file's size without loading the import worker's decoding code onto the main thread.
// 100 MB is about 700,000 LinkedIn rows, far more than anyone's contacts, and keeps the worker
// well within its memory.
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
