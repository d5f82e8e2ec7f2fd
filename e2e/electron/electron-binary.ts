// Where the Electron binary is, or null when this machine has none. It reads what the electron
// package's index.js reads (path.txt, ELECTRON_OVERRIDE_DIST_PATH) instead of calling
// require('electron'): that call starts a download when the binary is missing, and a test run
// must neither touch the network nor wait on a download that is blocked here.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const ELECTRON_SKIP_REASON =
  'electron: no Electron binary on this machine (its download is blocked); the web project covered the renderer';

export function findElectronBinary(): string | null {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const relativePath = existsSync(pathFile) ? readFileSync(pathFile, 'utf-8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? join(override, relativePath || 'electron')
    : relativePath && join(packageDir, 'dist', relativePath);
  return binary && existsSync(binary) ? binary : null;
}
