// `npm start`: runs the desktop app on the build in dist/. The Electron binary is downloaded on
// first use; the download runs here with its output held back, so that where it is impossible
// the user reads one line instead of a stack trace, and gets the same built app served to a
// browser right away, so that `npm start` always starts Hallway.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const electronPackageDir = dirname(require.resolve('electron/package.json'));
const browserPort = 4173;

function electronBinaryInstalled() {
  const pathFile = join(electronPackageDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(electronPackageDir, 'dist', readFileSync(pathFile, 'utf8')));
}

function installElectronBinary() {
  if (electronBinaryInstalled()) return true;
  console.log('Downloading the Electron binary (first start only)…');
  spawnSync(process.execPath, [join(electronPackageDir, 'install.js')], {
    cwd: electronPackageDir,
    stdio: 'ignore',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  return electronBinaryInstalled();
}

function runDesktopApp() {
  const electronBinary = require('electron');
  const child = spawn(electronBinary, ['.'], { cwd: root, stdio: 'inherit' });
  child.on('error', (error) => {
    console.error(`Hallway could not start Electron (${electronBinary}): ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

async function serveInBrowser() {
  console.log(
    'The Electron binary is not installed and cannot be downloaded on this machine: serving Hallway to your browser instead (Ctrl+C stops it).',
  );
  const server = await preview({
    configFile: join(root, 'renderer/vite.config.ts'),
    preview: { port: browserPort, strictPort: true, open: false },
  });
  server.printUrls();
}

if (installElectronBinary()) runDesktopApp();
else await serveInBrowser();
