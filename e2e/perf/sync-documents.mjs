// Measures Yjs documents holding Hallway's rows, to choose the sync document layout (docs/sync.md).
// Not a test and not part of `npm run bench`: `node e2e/perf/sync-documents.mjs` runs each case in
// its own Node process (`--expose-gc`, so the heap is measured after a full collection) and prints
// one JSON line per case. Rows are synthetic, with the fields and about the sizes of the sample
// data (shared/sample-data): 50,000 people (source fields only, never derived ones) and 200,000
// interactions.
//
// Layouts of a row in a document's `rows` map:
//   flat:   one entry per field, key `<id>\u0000<field>` (per-field last writer wins)
//   nested: one Y.Map per row, one entry per field (per-field too, but two devices creating the
//           same key concurrently each make their own Y.Map and one of them is lost)
//   json:   one entry per row, the whole row as a JSON value (last writer wins per row)
//   stamped: one entry per row, `{ v: fields, s: the row's stamp, t: the stamps of fields written
//           later than s }`: per-field last writer wins, merged by the clients (docs/sync.md),
//           one Yjs item per row; here a tenth of the rows had two fields edited after creation
// Figures per case: the encoded state (what the server stores and a new device downloads), the
// largest shard, the heap of the documents decoded from it alone (what a server or a client holds
// once loaded), the CPU time (user + system, steadier than wall time on a shared machine) to apply
// every shard into fresh documents (a first sync) and to encode them again (a full state sent),
// and the size of the update one edited field makes.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { fnv1a32, interaction, person, stampedEntry, stampOf } from './sync-rows.mjs';

const CASES = [
  { table: 'people', rows: 50_000, layout: 'flat', shards: 1 },
  { table: 'people', rows: 50_000, layout: 'nested', shards: 1 },
  { table: 'people', rows: 50_000, layout: 'json', shards: 1 },
  { table: 'people', rows: 50_000, layout: 'stamped', shards: 1 },
  { table: 'people', rows: 50_000, layout: 'nested', shards: 32 },
  { table: 'people', rows: 50_000, layout: 'stamped', shards: 32 },
  { table: 'interactions', rows: 200_000, layout: 'nested', shards: 128 },
  { table: 'interactions', rows: 200_000, layout: 'stamped', shards: 128 },
];

function writeRow(rows, layout, row) {
  const { id, ...fields } = row;
  if (layout === 'json') return rows.set(id, fields);
  if (layout === 'stamped') return rows.set(...stampedEntry(row));
  if (layout === 'flat') {
    for (const [field, value] of Object.entries(fields)) rows.set(`${id}\u0000${field}`, value);
    return;
  }
  const map = new Y.Map();
  rows.set(id, map);
  for (const [field, value] of Object.entries(fields)) map.set(field, value);
}

function editRow(rows, layout, id, field) {
  if (layout === 'flat') return rows.set(`${id}\u0000${field}`, 'x');
  if (layout === 'nested') return rows.get(id).set(field, 'x');
  if (layout === 'json') return rows.set(id, { ...rows.get(id), [field]: 'x' });
  const { v, s, t } = rows.get(id);
  rows.set(id, { v: { ...v, [field]: 'x' }, s, t: { ...t, [field]: stampOf() } });
}

function heapMB() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function cpuMs(work) {
  const before = process.cpuUsage();
  const result = work();
  const { user, system } = process.cpuUsage(before);
  return [result, Math.round((user + system) / 1000)];
}

/** The encoded shards of `count` rows in `layout`, built and then dropped (only bytes remain). */
function encodedShards({ table, rows: count, layout, shards }) {
  const make = table === 'people' ? person : interaction;
  const docs = Array.from({ length: shards }, () => new Y.Doc());
  const byShard = Array.from({ length: shards }, () => []);
  let editedId;
  for (let index = 0; index < count; index += 1) {
    const row = make();
    if (index === count >> 1) editedId = row.id;
    byShard[fnv1a32(row.id) % shards].push(row);
  }
  docs.forEach((doc, shard) =>
    doc.transact(() => {
      const map = doc.getMap('rows');
      for (const row of byShard[shard]) writeRow(map, layout, row);
    }),
  );
  return { states: docs.map((doc) => Y.encodeStateAsUpdate(doc)), editedId };
}

function measure(spec) {
  const { states, editedId } = encodedShards(spec);
  const heapBefore = heapMB();
  const [copies, applyCpuMs] = cpuMs(() =>
    states.map((state) => {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, state);
      return copy;
    }),
  );
  const heapLoadedMB = heapMB() - heapBefore;
  const [, encodeCpuMs] = cpuMs(() => copies.map((copy) => Y.encodeStateAsUpdate(copy)));

  const shard = copies[fnv1a32(editedId) % spec.shards];
  let editBytes = 0;
  shard.on('update', (update) => (editBytes += update.length));
  editRow(
    shard.getMap('rows'),
    spec.layout,
    editedId,
    spec.table === 'people' ? 'company' : 'note',
  );

  const encodedBytes = states.reduce((sum, state) => sum + state.length, 0);
  return {
    ...spec,
    encodedMB: +(encodedBytes / 2 ** 20).toFixed(1),
    largestShardKB: Math.round(Math.max(...states.map((state) => state.length)) / 1024),
    heapLoadedMB: Math.round(heapLoadedMB),
    applyCpuMs,
    encodeCpuMs,
    editBytes,
  };
}

const only = process.argv[2];
/** SYNC_CASES=3,5 runs only those cases (indexes in CASES). */
const selected = process.env.SYNC_CASES?.split(',').map(Number);
if (only !== undefined) {
  console.log(JSON.stringify(measure(CASES[Number(only)])));
} else {
  const script = fileURLToPath(import.meta.url);
  for (const [index] of CASES.entries()) {
    if (selected && !selected.includes(index)) continue;
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=4096', script, String(index)],
      {
        encoding: 'utf8',
      },
    );
    process.stdout.write(
      run.stdout || `${JSON.stringify({ ...CASES[index], failed: run.stderr.slice(0, 300) })}\n`,
    );
  }
}
