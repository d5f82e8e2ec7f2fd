// Starts `vite preview` on the built renderer for the benchmarks and stops it again. Node runs
// vite directly (not through npx), so stopping the child leaves no vite process behind.
import { spawn } from 'node:child_process';

/**
 * @param {number} port
 * @returns {Promise<{ origin: string, stop: () => Promise<void> }>}
 */
export function startPreviewServer(port) {
  const origin = `http://localhost:${port}`;
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
      if (output.includes(origin)) {
        child.stdout.off('data', onOutput);
        resolve({ origin, stop });
      }
    };
    child.stdout.setEncoding('utf-8').on('data', onOutput);
    child.stderr.setEncoding('utf-8').on('data', (chunk) => (output += chunk));
    child.once('exit', (code) =>
      reject(new Error(`vite preview exited (${code}) before serving ${origin}:\n${output}`)),
    );
  });
}
