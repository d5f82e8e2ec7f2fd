// PostgreSQL and Redis for `npm run test:sync-scale`, from Debian's packages, never assumed to be
// running: installs the packages when their programs are missing (apt-get, as root or through
// sudo), then starts a throwaway PostgreSQL cluster (initdb in a temporary folder, a free loopback
// port, run as the `postgres` user when this process is root, since PostgreSQL refuses root) and a
// redis-server on a free port with no persistence. Each service's stop() removes what it made.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface RunningService {
  url: string;
  stop(): Promise<void>;
}

const isRoot = process.getuid?.() === 0;

/** The program's path on PATH, or null. */
function onPath(program: string): string | null {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(folder, program);
    if (folder && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Debian keeps PostgreSQL's server programs in /usr/lib/postgresql/<version>/bin, off PATH. */
function postgresBinFolder(): string | null {
  const initdb = onPath('initdb');
  if (initdb) return path.dirname(initdb);
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((version) => existsSync(path.join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

/** Installs the Debian packages whose programs are missing; returns what it installed. */
export function ensureDebianPackages(): string[] {
  const missing = [
    ...(postgresBinFolder() ? [] : ['postgresql']),
    ...(onPath('redis-server') ? [] : ['redis-server']),
  ];
  if (missing.length === 0) return [];
  const asAdmin = (args: string[]): [string, string[]] => {
    if (isRoot) return [args[0], args.slice(1)];
    if (onPath('sudo')) return ['sudo', ['-n', ...args]];
    throw new Error(`test:sync-scale needs ${missing.join(' and ')}: install them (apt-get)`);
  };
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync(...asAdmin(['apt-get', 'update']), { stdio: 'inherit', env });
  execFileSync(...asAdmin(['apt-get', 'install', '-y', ...missing]), { stdio: 'inherit', env });
  return missing;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<RunningService> {
  const bin = postgresBinFolder();
  if (!bin) throw new Error('PostgreSQL is not installed');
  const folder = await mkdtemp(path.join(tmpdir(), 'hallway-pg-'));
  const data = path.join(folder, 'data');
  // PostgreSQL refuses to run as root: as root, its programs run as the `postgres` user.
  const asOwner = (program: string, args: string[]): [string, string[]] =>
    isRoot
      ? ['runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args]]
      : [path.join(bin, program), args];
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    await chown(folder, uid, gid);
  }
  const port = await freePort();
  const run = (program: string, args: string[]) =>
    execFileSync(...asOwner(program, args), { stdio: ['ignore', 'ignore', 'inherit'] });
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    path.join(folder, 'postgres.log'),
    '-o',
    options,
    '-w',
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      await rm(folder, { recursive: true, force: true });
    },
  };
}

export async function startRedis(): Promise<RunningService> {
  const port = await freePort();
  const redis = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    redis.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
    redis.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
  });
  redis.removeAllListeners('exit');
  return { url: `redis://127.0.0.1:${port}`, stop: () => stopChild(redis) };
}

/**
 * Ends a child process (SIGTERM) and resolves once it has exited. A child still running after
 * `graceMs` is killed (SIGKILL) and reported, so a server that hangs on its way out fails loudly
 * instead of keeping the run alive.
 */
export function stopChild(child: ChildProcess, graceMs = 20_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const deadline = setTimeout(() => {
      console.warn(`process ${child.pid} did not exit ${graceMs} ms after SIGTERM: killed`);
      child.kill('SIGKILL');
    }, graceMs);
    child.once('exit', () => {
      clearTimeout(deadline);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
