// One sync server process for `npm run test:sync-scale`: the built server (dist/server/sync-server.mjs,
// as `npm run sync-server` runs it) started with DATABASE_URL and REDIS_URL on a given loopback port.
// Its start-up lines give its URL and the owner's pairing code; its JSON log lines go to a
// RecordingLogger, so a test waits on the server's events (a refusal) as with an in-process server.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { RecordingLogger, type ServerAddress } from '../sync-test-kit';
import { stopChild } from './debian-services';

export const SERVER_BUNDLE = 'dist/server/sync-server.mjs';

export interface ServerProcess extends ServerAddress {
  name: string;
  port: number;
  logger: RecordingLogger;
  /** The owner's pairing code printed at start. */
  pairingCode: string;
  /** The "Store: …" line printed at start. */
  store: string;
  stop(): Promise<void>;
}

export async function startServerProcess(
  name: string,
  port: number,
  env: { DATABASE_URL: string; REDIS_URL: string },
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--enable-source-maps', SERVER_BUNDLE], {
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logger = new RecordingLogger();
  const lines: string[] = [];
  let stderr = '';
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderr += `${line}\n`;
    record(logger, line);
  });
  const started = new Promise<{ url: string; pairingCode: string; store: string }>(
    (resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`${name} exited (${code}): ${stderr}`)));
      createInterface({ input: child.stdout! }).on('line', (line) => {
        lines.push(line);
        record(logger, line);
        const url = matchIn(lines, /^Hallway sync server at (\S+)/);
        const store = matchIn(lines, /^Store: (.+)$/);
        const pairingCode = matchIn(lines, /^Pairing code: (\S+)/);
        if (url && store && pairingCode) resolve({ url, store, pairingCode });
      });
    },
  );
  const { url, store, pairingCode } = await started;
  child.removeAllListeners('exit');
  return {
    name,
    port,
    url,
    httpUrl: url.replace(/^ws:/, 'http:'),
    logger,
    pairingCode,
    store,
    stop: () => stopChild(child as ChildProcess),
  };
}

function matchIn(lines: string[], pattern: RegExp): string | undefined {
  for (const line of lines) {
    const match = pattern.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

/** Feeds one of the server's JSON log lines to the recording logger (other lines are skipped). */
function record(logger: RecordingLogger, line: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return;
  }
  if (typeof parsed !== 'object' || parsed === null || !('event' in parsed)) return;
  const { event, reason, ...fields } = parsed as Record<string, string>;
  if (event === 'refused') logger.refused(reason, fields);
  else logger.info(event, { ...fields, ...(reason === undefined ? {} : { reason }) });
}
