// `npm run sync-server [-- --data-dir <folder>]`: starts the sync server (HOST, default 127.0.0.1;
// PORT, default 4455; TRUST_PROXY=1 behind a proxy that appends X-Forwarded-For, so code guesses
// are limited per client and not per proxy) and prints its URL and a first pairing code for the
// owner's device.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { consoleLogger } from './logger';
import { startSyncServer } from './sync-server';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string', default: '.sync-data' } },
});
const port = Number(process.env.PORT ?? 4455);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  throw new Error(`PORT must be a port number, not ${process.env.PORT}`);
}
const dataDir = path.resolve(values['data-dir']);
const server = await startSyncServer({
  dataDir,
  host: process.env.HOST ?? '127.0.0.1',
  port,
  logger: consoleLogger,
  trustForwardedFor: process.env.TRUST_PROXY === '1',
});
const { code, expiresAt } = server.issueOwnerPairingCode();
console.log(`Hallway sync server at ${server.url} (data in ${dataDir})`);
console.log(
  `Pairing code: ${code} (single use, until ${new Date(expiresAt).toLocaleTimeString()})`,
);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
