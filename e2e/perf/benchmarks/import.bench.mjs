// The import of a 50,000-row LinkedIn "Connections.csv" (generated here, deterministic: namesakes,
// quoted commas, e-mails on a third of the rows, the Notes: preamble) into an EMPTY database, end
// to end through the import pipeline as the app runs it (the worker's streamed read and plan,
// the preview handed to the page, the all-or-nothing write: window.__hallway.importTools()).
// Target (issues 5 and 12): at most 2× the bare baseline, at most 300 MB of JS heap.
// - import.linkedin.50k: from startImport to commitImport's end, into a new scratch database (the
//   app's own database and its seeded people are not touched; the profile is seeded all the same,
//   as in a whole run: what the origin stores slows every write, see bulk-writes.bench.mjs);
// - baseline.parsePlusBareBulkPut.50k: papaparse's parse of the same text plus Dexie bulkPut of the
//   very rows that import wrote (people and their interactions, read back untimed) into bare
//   tables (primary key only, one transaction: window.__hallway.writeTools().bareBulkPut), and
//   import.linkedin.50k.ratio against it (target ≤ 2×);
// - baseline.parsePlusBulkPut.50k: the same parse and rows into a database with the app's schema
//   (its indexes and middlewares), one bulkPut per table;
//   one run is an import followed by its two baselines, so that all three see about the same
//   machine (the baselines need the rows the import wrote, so they cannot come first); `bulkRuns`
//   runs (BENCH_BULK_RUNS, default one: each run writes 150,000 rows in all);
// - import.peakHeapMB.50k: the peak, over samples every 100 ms during the imports alone (the
//   sampler is stopped while the baselines run, and the garbage of the page and of its workers is
//   collected before each import, so that nothing left over from before counts; the heap at that
//   point, the app's own with its search index, is logged), of the JS heap used by the page (CDP
//   Performance.getMetrics, JSHeapUsedSize) plus every worker alive at that moment (CDP
//   Runtime.getHeapUsage sent to each worker target, attached through Target.setAutoAttach on the
//   page's session).
// Runs after the groups that reload the app (order 1, like the baseline group: its bulk writes
// leave IndexedDB busy for a while), before bulk-writes (order 2, see there why). Its scratch
// databases are deleted as soon as they have served.
import { median } from '../statistics.mjs';

export const name = 'import';
export const order = 1;

const ROWS = 50_000;
/** The seeded profile beside which the import runs. */
const PEOPLE = 50_000;
const SAMPLE_EVERY_MS = 100;

const FIRST = ['Aiko', 'Ben', 'Carla', 'Dana', 'Emil', 'Fatima', 'Goro', 'Hana', 'Ivan', 'Jun'];
const MORE_FIRST = ['Kenji', 'Lea', 'Mika', 'Noah', 'Olu', 'Priya', 'Quinn', 'Rei', 'Sara', 'Taro'];
const LAST = ['Tanaka', 'Okafor', 'Mendes', 'Sato', 'Berg', 'Ito', 'Nair', 'Weber', 'Kim', 'Lee'];
const MORE_LAST = ['Suzuki', 'García', 'Müller', 'Yamada', 'Chen', 'Kowalski', 'Silva', 'Ng'];
const COMPANIES = [
  '"Kumo Systems, K.K."',
  'Freelance',
  '"Ruby Ops, Inc."',
  '株式会社サンプル',
  'Acme',
];
const POSITIONS = ['Staff Engineer', '"Engineering Manager, Platform"', 'SRE', 'Designer', 'CTO'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A small deterministic generator (mulberry32). */
function random(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function linkedInCsv(rows, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const firsts = [...FIRST, ...MORE_FIRST];
  const lasts = [...LAST, ...MORE_LAST];
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let index = 0; index < rows; index += 1) {
    const first = pick(firsts);
    const last = pick(lasts);
    const slug = `${first}-${last}-${index.toString(36)}`.toLowerCase();
    const email = next() < 1 / 3 ? `${slug}@example.com` : '';
    const day = `${1 + Math.floor(next() * 28)} ${pick(MONTHS)} ${2010 + Math.floor(next() * 16)}`;
    lines.push(
      [
        first,
        last,
        `https://www.linkedin.com/in/${slug}`,
        email,
        pick(COMPANIES),
        pick(POSITIONS),
        day,
      ].join(','),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/**
 * Samples the page's and its workers' JS heap through CDP until stopped; returns the peak and the
 * heap at the start in MB. First collects the garbage of the page and of every worker, so that
 * nothing left over from earlier steps counts.
 */
async function sampleHeap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const workers = new Map();
  const pending = new Map();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') workers.set(sessionId, targetInfo.url);
  });
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => workers.delete(sessionId));
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message);
    pending.get(reply.id)?.(reply.result ?? null);
    pending.delete(reply.id);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  /** A CDP call inside a worker; null when it does not answer within a second. */
  const workerCall = (sessionId, method, timeoutMs = 1_000) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      setTimeout(() => pending.delete(id) && resolve(null), timeoutMs);
      cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method }),
        })
        .catch(() => resolve(null));
    });
  let sawWorker = false;
  const sample = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const pageHeap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
    const workerHeaps = await Promise.all(
      [...workers.keys()].map(async (sessionId) => {
        const usage = await workerCall(sessionId, 'Runtime.getHeapUsage');
        return usage?.usedSize ?? 0;
      }),
    );
    if (workerHeaps.some((size) => size > 0)) sawWorker = true;
    return pageHeap + workerHeaps.reduce((sum, size) => sum + size, 0);
  };
  await cdp.send('HeapProfiler.collectGarbage');
  await Promise.all(
    [...workers.keys()].map((sessionId) =>
      workerCall(sessionId, 'HeapProfiler.collectGarbage', 30_000),
    ),
  );
  const atStart = await sample();
  let peak = atStart;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await sample());
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await cdp.detach();
    if (!sawWorker) console.error('import: no worker heap was sampled; the peak is the page only');
    return { peakMB: peak / (1024 * 1024), atStartMB: atStart / (1024 * 1024) };
  };
}

/** One import into a new scratch database, in the page; returns its timing and summary. */
function importOnce(page, run) {
  return page.evaluate(
    async ({ run, rows }) => {
      const tools = await window.__hallway.importTools();
      const HallwayDatabase = window.__hallway.db.constructor;
      const target = new HallwayDatabase(`hallway-bench-import-${run}-${Date.now()}`);
      await target.open();
      const source = new Blob([window.__benchLinkedInCsv], { type: 'text/csv' });
      const started = performance.now();
      const result = await tools.importFile(target, source);
      const elapsed = performance.now() - started;
      target.close();
      if (result.kind !== 'imported' || result.summary.created + result.summary.merged !== rows) {
        throw new Error(`import ${run}: ${JSON.stringify(result)}`);
      }
      return { elapsed, previewMs: result.previewMs, summary: result.summary, name: target.name };
    },
    { run, rows: ROWS },
  );
}

/**
 * The two baselines of one run, in the page, with the rows the import wrote into `written` (read
 * back first, untimed, and let go afterwards): papaparse's parse of the text plus, in one case,
 * bulkPut into bare tables (the write tools' bareBulkPut: one transaction, primary keys only), in
 * the other into the app's schema (one bulkPut per table, as before). Every database the run wrote
 * is deleted on the way.
 */
function baselinesOnce(page, run, written) {
  return page.evaluate(
    async ({ run, written }) => {
      const tools = await window.__hallway.importTools();
      const writeTools = await window.__hallway.writeTools();
      const HallwayDatabase = window.__hallway.db.constructor;
      const text = window.__benchLinkedInCsv;
      const source = new HallwayDatabase(written);
      await source.open();
      const people = await source.people.toArray();
      const interactions = await source.interactions.toArray();
      await source.delete();
      const check = (rows) => {
        if (rows.length < people.length) throw new Error(`parsed ${rows.length} rows`);
      };
      let started = performance.now();
      check(tools.parseCsv(text));
      const parseMs = performance.now() - started;
      const bareName = `hallway-bench-import-bare-${run}-${Date.now()}`;
      const bareMs = parseMs + (await writeTools.bareBulkPut(bareName, { people, interactions }));
      await writeTools.deleteDatabase(bareName);
      const scratch = new HallwayDatabase(`hallway-bench-import-baseline-${run}-${Date.now()}`);
      await scratch.open();
      started = performance.now();
      check(tools.parseCsv(text));
      await scratch.people.bulkPut(people);
      await scratch.interactions.bulkPut(interactions);
      const schemaMs = performance.now() - started;
      await scratch.delete();
      return { bareMs, schemaMs };
    },
    { run, written },
  );
}

export async function run({ page, report, seedIfNeeded, bulkRuns }) {
  await seedIfNeeded(PEOPLE);
  // The app as it runs once started, its search index loaded: the worker's restore would otherwise
  // overlap the first import (669 MB of peak heap right after a start, 334 MB later on).
  await page.waitForFunction(() => window.__hallwaySearch !== undefined);
  await page.evaluate(() => window.__hallwaySearch.start());
  const text = linkedInCsv(ROWS);
  console.error(
    `import: ${ROWS.toLocaleString('en')} rows, ${(text.length / 1e6).toFixed(1)} M characters`,
  );
  await page.evaluate((text) => {
    window.__benchLinkedInCsv = text;
  }, text);
  const imports = [];
  const baselines = [];
  let peakHeapMB = 0;
  for (let run = 0; run < bulkRuns; run += 1) {
    const stopSampling = await sampleHeap(page);
    imports.push(await importOnce(page, run));
    const heap = await stopSampling();
    console.error(`import: JS heap ${Math.round(heap.atStartMB)} MB before the import`);
    peakHeapMB = Math.max(peakHeapMB, heap.peakMB);
    baselines.push(await baselinesOnce(page, run, imports.at(-1).name));
  }
  await page.evaluate(() => delete window.__benchLinkedInCsv);
  console.error(`import: wrote ${JSON.stringify(imports[0].summary)}`);
  console.error(
    `import: preview (read, map, plan) ${imports.map(({ previewMs }) => Math.round(previewMs)).join(', ')} ms`,
  );
  const importMs = median(imports.map(({ elapsed }) => elapsed));
  const bareMs = median(baselines.map(({ bareMs }) => bareMs));
  report('import.linkedin.50k', importMs);
  report('baseline.parsePlusBulkPut.50k', median(baselines.map(({ schemaMs }) => schemaMs)));
  report('baseline.parsePlusBareBulkPut.50k', bareMs);
  report('import.linkedin.50k.ratio', importMs / bareMs, 'x');
  report('import.peakHeapMB.50k', peakHeapMB, 'MB');
}
