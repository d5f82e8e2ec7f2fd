// "Open…": asks the user for one file through the native dialog and reads it, unless it is
// larger than the caller's limit. The size is checked with stat before reading, so a 2 GB file
// picked by mistake is refused at once instead of being loaded into memory; the length read
// is checked again in case the file grew in between.
import nodePath from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import type { OpenFileRequest, OpenFileResult } from '../../shared/platform/platform';

export interface OpenFileDependencies {
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

export async function openFileThroughDialog(
  dependencies: OpenFileDependencies,
  request: OpenFileRequest,
): Promise<OpenFileResult> {
  const choice = await dependencies.showOpenDialog({
    filters: request.filters,
    properties: ['openFile'],
  });
  const filePath = choice.filePaths[0];
  if (choice.canceled || filePath === undefined) return { opened: false, reason: 'cancelled' };

  const name = nodePath.basename(filePath);
  const tooLarge = (size: number) =>
    ({ opened: false, reason: 'too-large', name, size, maxBytes: request.maxBytes }) as const;

  const stats = await dependencies.stat(filePath);
  if (!stats.isFile()) throw new Error(`${name} is not a file.`);
  if (stats.size > request.maxBytes) return tooLarge(stats.size);

  const contents = await dependencies.readFile(filePath);
  if (contents.byteLength > request.maxBytes) return tooLarge(contents.byteLength);
  return { opened: true, name, bytes: contents };
}
