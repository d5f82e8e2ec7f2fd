// Small JSON state files in the data folder (accounts, revocations), validated on read and written
// atomically: a crash mid-write leaves the previous state, never a truncated file.
import type { z } from 'zod';
import { writeFileAtomically, type StoreFs } from './atomic-write';

export async function readJsonFile<T>(
  fs: StoreFs,
  file: string,
  schema: z.ZodType<T>,
  fallback: T,
): Promise<T> {
  try {
    return schema.parse(JSON.parse(await fs.readFile(file, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
}

export function writeJsonFile(fs: StoreFs, file: string, value: unknown): Promise<void> {
  return writeFileAtomically(fs, file, `${JSON.stringify(value, null, 2)}\n`);
}
