// Starts `vite preview` on the built renderer for the benchmarks and stops it again. Node runs
// vite directly (not through npx), so stopping the child leaves no vite process behind. Port 0
// lets the system pick a free port (read back from vite's output), so that a benchmark run never
// collides with another one or with the end-to-end tests' server.
import { spawn } from 'node:child_process';

/**
 * @param {number} port 0 for any free port
 * @returns {Promise<{ origin: string, stop: () => Promise<void> }>}
 */
export function startPreviewServer(port) {
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--config',
      'renderer/vite.config.ts',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  let output = '';
  return new Promise((resolve, reject) => {
    const onOutput = (chunk) => {
      output += chunk;
      const served = /http:\/\/localhost:\d+/.exec(output);
      if (served) {
        child.stdout.off('data', onOutput);
        resolve({ origin: served[0], stop });
      }
    };
    child.stdout.setEncoding('utf-8').on('data', onOutput);
    child.stderr.setEncoding('utf-8').on('data', (chunk) => (output += chunk));
    child.once('exit', (code) =>
      reject(new Error(`vite preview exited (${code}) before serving the app:\n${output}`)),
    );
  });
}
