// Small JSON state files in the data folder (accounts, revocations), written atomically: a crash
// mid-write leaves the previous state, never a truncated file. Their readers validate what they read.
import { writeFileAtomically, type StoreFs } from './atomic-write';

/** The file's parsed JSON, or undefined when there is no such file. */
export async function readJsonFile(fs: StoreFs, file: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export function writeJsonFile(fs: StoreFs, file: string, value: unknown): Promise<void> {
  return writeFileAtomically(fs, file, `${JSON.stringify(value, null, 2)}\n`);
}
