// The real sync server for end-to-end tests: the bundled `npm run sync-server`
// (dist/server/sync-server.mjs, built by e2e/support/sync-server-build.ts in the global set-up) as
// a child process on 127.0.0.1, a free port and a fresh data folder. It reads the URL and the first
// pairing code the server prints, collects its JSON log lines so a test can await a refusal and its
// reason, and restarts on the same port and folder (so nothing the server stored is lost).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { SYNC_SERVER_BUNDLE } from './sync-server-build';

/** One JSON line of the server's log (server/src/logger.ts). */
export interface ServerLogEvent {
  event: string;
  reason?: string;
  [field: string]: unknown;
}

const STARTED = /^Hallway sync server at (ws:\/\/\S+)/;
const PAIRING_CODE = /^Pairing code: (\S+) /;
/** Well within a test's timeout, so the reason is the server's and not a timeout of the fixture. */
const START_TIMEOUT_MS = 15_000;

interface Waiter {
  matches: (event: ServerLogEvent) => boolean;
  resolve: (event: ServerLogEvent) => void;
}

export class SyncServerProcess {
  /** Every JSON line the server logged, across restarts, in order. */
  readonly log: ServerLogEvent[] = [];
  private child: ChildProcess | null = null;
  private output: string[] = [];
  private waiters: Waiter[] = [];
  private wsUrl = '';
  private code = '';

  private constructor(readonly dataDir: string) {}

  /** Starts a server on a free port of 127.0.0.1 with a new, empty data folder. */
  static async start(): Promise<SyncServerProcess> {
    const server = new SyncServerProcess(await mkdtemp(path.join(tmpdir(), 'hallway-e2e-sync-')));
    await server.launch(0);
    return server;
  }

  /** ws://127.0.0.1:<port>, what a device enters as its server URL. */
  get url(): string {
    return this.wsUrl;
  }

  get port(): number {
    return Number(new URL(this.wsUrl).port);
  }

  /** The pairing code the server printed at its latest start (single use). */
  get pairingCode(): string {
    return this.code;
  }

  /** Stops the server (as Ctrl+C would) and starts it again on the same port and data folder. */
  async restart(): Promise<void> {
    const port = this.port;
    await this.stop();
    await this.launch(port);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  }

  /** Stops the server and removes its data folder. */
  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.dataDir, { recursive: true, force: true });
  }

  /** The refusal reasons logged so far, in order ('read-only', 'device-revoked'…). */
  refusals(): string[] {
    return this.log.filter(({ event }) => event === 'refused').map(({ reason }) => `${reason}`);
  }

  /** Resolves with the first logged event (past or future) whose fields all equal `fields`. */
  waitFor(fields: Partial<ServerLogEvent>): Promise<ServerLogEvent> {
    const matches = (event: ServerLogEvent) =>
      Object.entries(fields).every(([key, value]) => event[key] === value);
    const logged = this.log.find(matches);
    if (logged) return Promise.resolve(logged);
    return new Promise((resolve) => this.waiters.push({ matches, resolve }));
  }

  /** Resolves once the server logged a refusal with this reason. */
  waitForRefusal(reason: string): Promise<ServerLogEvent> {
    return this.waitFor({ event: 'refused', reason });
  }

  /** What the server printed that was not a log event (start-up lines, errors), for failures. */
  printed(): string {
    return this.output.join('\n');
  }

  private launch(port: number): Promise<void> {
    const child = spawn(
      process.execPath,
      ['--enable-source-maps', SYNC_SERVER_BUNDLE, '--data-dir', this.dataDir],
      {
        // The embedded file store, whatever the environment says (no DATABASE_URL or REDIS_URL).
        env: {
          ...process.env,
          HOST: '127.0.0.1',
          PORT: String(port),
          DATABASE_URL: '',
          REDIS_URL: '',
          TRUST_PROXY: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    const started = new Promise<void>((resolve, reject) => {
      let url = '';
      const onLine = (line: string) => {
        const event = parseLogLine(line);
        if (event) return this.record(event);
        this.output.push(line);
        url = STARTED.exec(line)?.[1] ?? url;
        const code = PAIRING_CODE.exec(line)?.[1];
        if (code && url) {
          this.wsUrl = url;
          this.code = code;
          resolve();
        }
      };
      createInterface({ input: child.stdout! }).on('line', onLine);
      createInterface({ input: child.stderr! }).on('line', onLine);
      child.once('exit', (exitCode, signal) =>
        reject(
          new Error(
            `The sync server exited (${exitCode ?? signal}) before it started:\n${this.printed()}`,
          ),
        ),
      );
    });
    // A server that never says it started is stopped, not left behind when the test gives up.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const gaveUp = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(
          new Error(`The sync server did not start in ${START_TIMEOUT_MS} ms:\n${this.printed()}`),
        );
      }, START_TIMEOUT_MS);
    });
    return Promise.race([started, gaveUp]).finally(() => clearTimeout(timer));
  }

  private record(event: ServerLogEvent): void {
    this.log.push(event);
    this.waiters = this.waiters.filter(({ matches, resolve }) => {
      if (!matches(event)) return true;
      resolve(event);
      return false;
    });
  }
}

function parseLogLine(line: string): ServerLogEvent | null {
  if (!line.startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === 'object' && parsed !== null && 'event' in parsed
      ? (parsed as ServerLogEvent)
      : null;
  } catch {
    return null;
  }
}
