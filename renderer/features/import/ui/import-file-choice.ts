// Where an import file comes from, and the size limit checked before a byte of it is read: the
// desktop's open dialog (which refuses a file over the limit itself) or, on the web, the File the
// file input or a drop gives. The limit keeps a wrong choice (a video, a disk image) from filling
// memory (MAX_IMPORT_BYTES, the pipeline's own limit).
import type { FileFilter, Platform } from '../../../../shared/platform/platform';
import { MAX_IMPORT_BYTES } from '../import-limits';
import type { ImportSource } from './import-launch-store';

export const IMPORT_EXTENSIONS = ['csv', 'vcf', 'vcard', 'txt', 'tsv'];

export type FileChoice =
  | { kind: 'chosen'; source: ImportSource }
  | { kind: 'cancelled' }
  | { kind: 'too-large'; name: string; size: number };

export function checkImportSize(source: ImportSource): FileChoice {
  return source.blob.size > MAX_IMPORT_BYTES
    ? { kind: 'too-large', name: source.name, size: source.blob.size }
    : { kind: 'chosen', source };
}

export async function chooseFileOnDesktop(
  platform: Platform,
  filters: FileFilter[],
): Promise<FileChoice> {
  const result = await platform.openFile({ maxBytes: MAX_IMPORT_BYTES, filters });
  if (result.opened) {
    const blob = new Blob([result.bytes as BlobPart]);
    return { kind: 'chosen', source: { name: result.name, blob } };
  }
  if (result.reason === 'too-large') {
    return { kind: 'too-large', name: result.name, size: result.size };
  }
  return { kind: 'cancelled' };
}
