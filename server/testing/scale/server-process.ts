// One sync server process for the PostgreSQL + Redis tests: the built server
// (dist/server/sync-server.mjs, as `npm run sync-server` runs it) started with DATABASE_URL and
// REDIS_URL on a given loopback port, stopped (SIGTERM, as Ctrl+C) and started again on that port.
// Its start-up lines give its URL, its store and the owner's pairing code; its JSON log lines go
// to a RecordingLogger (across restarts), so a test waits on the server's events as with an
// in-process server.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { RecordingLogger, type ServerAddress } from '../sync-test-kit';
import { stopChild } from './debian-services';

export const SERVER_BUNDLE = 'dist/server/sync-server.mjs';

const STARTED = /^Hallway sync server at (\S+) \(store: (.+)\)$/;
const PAIRING_CODE = /^Pairing code: (\S+) /;

export interface ServerEnv {
  DATABASE_URL: string;
  REDIS_URL: string;
}

export class ServerProcess implements ServerAddress {
  readonly logger = new RecordingLogger();
  url = '';
  /** Where the server said it keeps its data, at its latest start. */
  store = '';
  /** The owner's pairing code printed at the latest start. */
  pairingCode = '';
  private child: ChildProcess | null = null;

  private constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: ServerEnv,
  ) {}

  static async start(name: string, port: number, env: ServerEnv): Promise<ServerProcess> {
    const server = new ServerProcess(name, port, env);
    await server.relaunch();
    return server;
  }

  get httpUrl(): string {
    return this.url.replace(/^ws:/, 'http:');
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (child) await stopChild(child);
  }

  /** Starts the server (again) on its port. */
  async relaunch(): Promise<void> {
    const child = spawn(process.execPath, ['--enable-source-maps', SERVER_BUNDLE], {
      env: { ...process.env, ...this.env, HOST: '127.0.0.1', PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const printed: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`${this.name} exited (${code}):\n${printed.join('\n')}`));
      child.once('exit', onExit);
      let started = false;
      let coded = false;
      const onLine = (line: string) => {
        if (this.record(line)) return;
        printed.push(line);
        const match = STARTED.exec(line);
        if (match) [started, this.url, this.store] = [true, match[1], match[2]];
        const code = PAIRING_CODE.exec(line)?.[1];
        if (code) [coded, this.pairingCode] = [true, code];
        if (started && coded) {
          child.off('exit', onExit);
          resolve();
        }
      };
      createInterface({ input: child.stdout! }).on('line', onLine);
      createInterface({ input: child.stderr! }).on('line', onLine);
    });
  }

  /** Feeds one of the server's JSON log lines to the logger; false for any other line. */
  private record(line: string): boolean {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return false;
    }
    if (typeof parsed !== 'object' || parsed === null || !('event' in parsed)) return false;
    const { event, reason, ...fields } = parsed as Record<string, string>;
    if (event === 'refused') this.logger.refused(reason, fields);
    else this.logger.info(event, { ...fields, ...(reason === undefined ? {} : { reason }) });
    return true;
  }
}
