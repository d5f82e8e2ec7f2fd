// The bundled sync server the end-to-end tests run (what `npm run sync-server` builds and starts).
// Built by the global set-up when missing or older than its sources, so a clean clone's
// `playwright test` builds it once and later runs reuse it.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILD_SCRIPT = path.join(ROOT, 'build/scripts/build-sync-server.mjs');
export const SYNC_SERVER_BUNDLE = path.join(ROOT, 'dist/server/sync-server.mjs');
/** What the bundle is made of: the server and the shared code it imports. */
const SOURCE_FOLDERS = ['server/src', 'shared'].map((folder) => path.join(ROOT, folder));

export function ensureSyncServerBuilt(): void {
  if (bundleTime() > newestSourceTime()) return;
  execFileSync(process.execPath, [BUILD_SCRIPT], { cwd: ROOT, stdio: 'inherit' });
}

function bundleTime(): number {
  try {
    return statSync(SYNC_SERVER_BUNDLE).mtimeMs;
  } catch {
    return -1;
  }
}

function newestSourceTime(): number {
  let newest = statSync(BUILD_SCRIPT).mtimeMs;
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const entryPath = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(entryPath);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(entryPath).mtimeMs);
    }
  };
  SOURCE_FOLDERS.forEach(visit);
  return newest;
}
