// `npm start`: runs the desktop app on the build in dist/. require('electron') from Node
// returns the path of the Electron binary, downloading it on first use; where that download
// is impossible, say so in one sentence and point to the browser build instead.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

let electronBinary;
try {
  electronBinary = createRequire(import.meta.url)('electron');
} catch {
  console.error(
    'Hallway could not start: the Electron binary is missing and could not be downloaded on this machine; `npm run web` serves the same app in a browser.',
  );
  process.exit(1);
}

const child = spawn(electronBinary, ['.'], { cwd: root, stdio: 'inherit' });
child.on('error', (error) => {
  console.error(`Hallway could not start Electron (${electronBinary}): ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
