// Writes a file so that a crash or a failed step never leaves a half-written one: the bytes go to a
// temporary file in the same folder, are flushed to disk (fsync), then the temporary file is
// renamed over the target (atomic on POSIX file systems) and the folder is flushed so the rename
// itself survives a power cut. A failure removes the temporary file and leaves the old one as it was.
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

/** The file operations the store uses: node:fs/promises, or a stand-in that fails on purpose. */
export type StoreFs = Pick<
  typeof nodeFs,
  'open' | 'rename' | 'rm' | 'readFile' | 'mkdir' | 'readdir'
>;

export const TEMP_SUFFIX = '.tmp';

export async function writeFileAtomically(
  fs: StoreFs,
  target: string,
  data: Uint8Array | string,
): Promise<void> {
  const temporary = `${target}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  try {
    const handle = await fs.open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(fs, path.dirname(target));
}

async function syncFolder(fs: StoreFs, folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } catch {
    // Some platforms (Windows) cannot fsync a folder; the rename is still atomic there.
  } finally {
    await handle.close();
  }
}
