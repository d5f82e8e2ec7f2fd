// "Save as…": asks the user where to save through the native dialog, then writes the file.
// The renderer only suggests a file name (the IPC schema refuses paths); the user picks the
// folder. Cancelling is a normal outcome, not an error.
import nodePath from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { SaveFileRequest, SaveFileResult } from '../../shared/platform/platform';

export interface SaveFileDependencies {
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** The folder the dialog opens in, such as the user's Documents folder. */
  defaultDirectory: string;
}

export async function saveFileThroughDialog(
  dependencies: SaveFileDependencies,
  request: SaveFileRequest,
): Promise<SaveFileResult> {
  const choice = await dependencies.showSaveDialog({
    defaultPath: nodePath.join(dependencies.defaultDirectory, request.suggestedName),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { saved: false };
  await dependencies.writeFile(choice.filePath, request.data);
  return { saved: true, location: choice.filePath };
}
