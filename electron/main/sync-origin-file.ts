// The sync server URL the desktop was last allowed to reach, remembered in userData/sync-origin.json
// so the CSP of the first page load after a restart already allows it. Read synchronously at start
// (before the window loads); anything unreadable or no longer valid reads as "no server". Written
// atomically: a temporary file in the same folder, flushed, then renamed over the old one, so a
// crash leaves the old or the new file, never half of one.
import { z } from 'zod';
import { parseSyncServerUrl } from '../../shared/sync/sync-url';

export const SYNC_ORIGIN_FILE = 'sync-origin.json';

export interface SyncOriginFs {
  readFileSync(path: string, encoding: 'utf8'): string;
  writeFileSync(path: string, data: string, options: { flush: true }): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: true }): void;
}

const savedSchema = z.object({ serverUrl: z.string().nullable() });

export function readSavedSyncServerUrl(fs: SyncOriginFs, filePath: string): string | null {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch {
    return null;
  }
  let saved: z.infer<typeof savedSchema>;
  try {
    saved = savedSchema.parse(JSON.parse(text));
  } catch {
    return null;
  }
  return saved.serverUrl !== null && parseSyncServerUrl(saved.serverUrl) ? saved.serverUrl : null;
}

export function saveSyncServerUrl(
  fs: SyncOriginFs,
  filePath: string,
  serverUrl: string | null,
): void {
  const temporary = `${filePath}.tmp`;
  try {
    fs.writeFileSync(temporary, JSON.stringify({ serverUrl }), { flush: true });
    fs.renameSync(temporary, filePath);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
