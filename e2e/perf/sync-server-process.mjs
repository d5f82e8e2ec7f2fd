// The bundled sync server (dist/server/sync-server.mjs) in its own Node process, for the sync
// benchmarks: built once, started on a data folder and a port (0: any free one, read back from
// what the server prints with its first pairing code), its resident memory read from /proc
// (Linux), stopped with SIGTERM (the server stores its documents before it exits).
import { spawn, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export function buildSyncServer() {
  const built = spawnSync(process.execPath, ['build/scripts/build-sync-server.mjs'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (built.status !== 0) throw new Error(`the sync server build failed (${built.status})`);
}

/**
 * @param {{ dataDir: string, port?: number, flags?: string[] }} options
 * @returns {Promise<{ url: string, httpUrl: string, port: number, pairingCode: string,
 *   pid: number, rssMB: () => Promise<number>, stop: () => Promise<void> }>}
 */
export async function startSyncServerProcess({ dataDir, port = 0, flags = [] }) {
  const child = spawn(
    process.execPath,
    [...flags, 'dist/server/sync-server.mjs', '--data-dir', dataDir],
    { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const { url, pairingCode } = await new Promise((resolve, reject) => {
    let output = '';
    const onExit = () => reject(new Error(`The sync server stopped: ${output}${errors}`));
    child.once('exit', onExit);
    const onOutput = (chunk) => {
      output += chunk;
      const found = /at (ws:\/\/\S+)\s[\s\S]*?Pairing code: (\S+)/.exec(output);
      if (!found) return;
      child.off('exit', onExit);
      // Its log lines from now on are not needed; the pipe is kept drained.
      child.stdout.off('data', onOutput);
      child.stdout.resume();
      resolve({ url: found[1], pairingCode: found[2] });
    };
    child.stdout.on('data', onOutput);
  });
  return {
    url,
    httpUrl: url.replace(/^ws:/, 'http:'),
    port: Number(new URL(url).port),
    pairingCode,
    pid: child.pid,
    rssMB: async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
