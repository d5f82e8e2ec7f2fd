// `npm run sync-server [-- --data-dir <folder>]`: starts the sync server (HOST, default 127.0.0.1;
// PORT, default 4455; TRUST_PROXY=1 behind a proxy that appends X-Forwarded-For, so code guesses
// are limited per client and not per proxy) and prints its URL, its store and a first pairing code
// for the owner's device. The store is the data folder, or PostgreSQL when DATABASE_URL is set
// (postgres://…); REDIS_URL (redis://…) then passes live updates between several processes
// sharing that database.
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
const server = await startSyncServer({
  dataDir: path.resolve(values['data-dir']),
  databaseUrl: process.env.DATABASE_URL || undefined,
  redisUrl: process.env.REDIS_URL || undefined,
  host: process.env.HOST ?? '127.0.0.1',
  port,
  logger: consoleLogger,
  trustForwardedFor: process.env.TRUST_PROXY === '1',
});
const { code, expiresAt } = await server.issueOwnerPairingCode();
console.log(`Hallway sync server at ${server.url} (store: ${server.storeDescription})`);
console.log(
  `Pairing code: ${code} (single use, until ${new Date(expiresAt).toLocaleTimeString()})`,
);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
