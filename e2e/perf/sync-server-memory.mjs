// The sync server's memory holding a 50,000-people personal space (the figure behind the
// `sync.server.rssMB.50k` budget of issue 16, ≤ 500 MB): builds the bundled server, starts it in
// its own process on a fresh data folder, pairs a device, writes the space's people (32 shards)
// and interactions (128 shards) as stamped rows (docs/sync.md) straight into the file store,
// then connects one client to all 160 documents over one WebSocket and, once every document is
// synced, reads the server's resident memory from /proc. Not a test: `node
// e2e/perf/sync-server-memory.mjs` (Linux) prints a BENCH line. Also prints the time from
// connecting until every document is synced (the transfer and decoding of a first sync, without
// the app's IndexedDB writes).
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { buildSyncServer, startSyncServerProcess } from './sync-server-process.mjs';
import { fnv1a32, interaction, person, stampedEntry } from './sync-rows.mjs';

const TABLES = [
  { table: 'people', rows: 50_000, shards: 32, make: person },
  { table: 'interactions', rows: 200_000, shards: 128, make: interaction },
];

const report = (metric, value, unit) =>
  console.log(`BENCH ${JSON.stringify({ metric, value: Math.round(value), unit })}`);

buildSyncServer();
const dataDir = await mkdtemp(path.join(tmpdir(), 'hallway-sync-memory-'));
// SYNC_SERVER_FLAGS: Node flags for the server process, e.g. "--max-old-space-size=400".
const flags = process.env.SYNC_SERVER_FLAGS?.split(' ').filter(Boolean) ?? [];
const server = await startSyncServerProcess({ dataDir, flags });
try {
  const { url } = server;
  const paired = await fetch(`${server.httpUrl}/v1/devices`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code: server.pairingCode, deviceName: 'Benchmark' }),
  }).then((response) => response.json());
  const spaceId = paired.grants[0].spaceId;

  const names = [];
  for (const { table, rows, shards, make } of TABLES) {
    const docs = Array.from({ length: shards }, () => new Y.Doc());
    for (let index = 0; index < rows; index += 1) {
      const [id, value] = stampedEntry(make());
      docs[fnv1a32(id) % shards].getMap('rows').set(id, value);
    }
    await mkdir(path.join(dataDir, 'documents'), { recursive: true });
    for (const [shard, doc] of docs.entries()) {
      const name = `space:${spaceId}/${table}/${shard}`;
      names.push(name);
      const file = `${Buffer.from(name).toString('base64url')}.ydoc`;
      await writeFile(path.join(dataDir, 'documents', file), Y.encodeStateAsUpdate(doc));
    }
  }

  const started = performance.now();
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const providers = names.map(
    (name, index) =>
      new HocuspocusProvider({
        websocketProvider,
        name,
        token: paired.token,
        awareness: index === 0 ? undefined : null,
      }),
  );
  await Promise.all(
    providers.map((provider) => {
      const synced = new Promise((resolve) => provider.on('synced', resolve));
      provider.attach();
      return synced;
    }),
  );
  report('sync.firstSync.documents.50k', performance.now() - started, 'ms');
  report('sync.server.rssMB.50k', await server.rssMB(), 'MB');
  for (const provider of providers) provider.destroy();
  websocketProvider.destroy();
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
