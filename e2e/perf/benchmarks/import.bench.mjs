// The import of a 50,000-row LinkedIn "Connections.csv" (generated here, deterministic: namesakes,
// quoted commas, e-mails on a third of the rows, the Notes: preamble) into an EMPTY database, end
// to end through the import pipeline as the app runs it (the worker's streamed read and plan,
// the preview handed to the page, the all-or-nothing write: window.__hallway.importTools()).
// Target (issue 5): at most 2× the baseline, at most 300 MB of JS heap.
// - import.linkedin.50k: from startImport to commitImport's end, median of `runs`, each run into a
//   new scratch database (the app's own database and its seeded people are not touched);
// - baseline.parsePlusBulkPut.50k: papaparse's parse of the same text plus Dexie bulkPut of the very
//   rows the import wrote (people and their interactions, read back from the last import's
//   database), into another scratch database, in the same run;
// - import.peakHeapMB.50k: the peak, over samples every 100 ms during the import runs, of the JS
//   heap used by the page (CDP Performance.getMetrics, JSHeapUsedSize) plus every worker alive at
//   that moment (CDP Runtime.getHeapUsage sent to each worker target, attached through
//   Target.setAutoAttach on the page's session).
// Runs after the other groups (order 1): like the baseline group, its bulk writes leave IndexedDB
// busy for a while, and its scratch databases are left to the temp profile's removal.
import { median } from '../statistics.mjs';

export const name = 'import';
export const order = 1;

const ROWS = 50_000;
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

/** Samples the page's and its workers' JS heap through CDP until stopped; returns the peak in MB. */
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
    pending.get(reply.id)?.(reply.result?.usedSize ?? 0);
    pending.delete(reply.id);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const workerHeap = (sessionId) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      setTimeout(() => pending.delete(id) && resolve(0), 1_000);
      cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
        })
        .catch(() => resolve(0));
    });
  let peak = 0;
  let sawWorker = false;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const pageHeap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
      const workerHeaps = await Promise.all([...workers.keys()].map(workerHeap));
      if (workerHeaps.some((size) => size > 0)) sawWorker = true;
      peak = Math.max(peak, pageHeap + workerHeaps.reduce((sum, size) => sum + size, 0));
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await cdp.detach();
    if (!sawWorker) console.error('import: no worker heap was sampled; the peak is the page only');
    return peak / (1024 * 1024);
  };
}

export async function run({ page, report, runs }) {
  const text = linkedInCsv(ROWS);
  console.error(
    `import: ${ROWS.toLocaleString('en')} rows, ${(text.length / 1e6).toFixed(1)} M characters`,
  );
  const stopSampling = await sampleHeap(page);
  const imports = await page.evaluate(
    async ({ text, runs, rows }) => {
      const tools = await window.__hallway.importTools();
      const HallwayDatabase = window.__hallway.db.constructor;
      const timings = [];
      for (let run = 0; run < runs; run += 1) {
        const target = new HallwayDatabase(`hallway-bench-import-${run}-${Date.now()}`);
        await target.open();
        const source = new Blob([text], { type: 'text/csv' });
        const started = performance.now();
        const result = await tools.importFile(target, source);
        const elapsed = performance.now() - started;
        if (result.kind !== 'imported' || result.summary.created + result.summary.merged !== rows) {
          throw new Error(`import ${run}: ${JSON.stringify(result)}`);
        }
        timings.push({ elapsed, previewMs: result.previewMs, summary: result.summary });
        target.close();
        window.__hallwayBenchImportName = target.name;
      }
      return timings;
    },
    { text, runs, rows: ROWS },
  );
  const peakHeapMB = await stopSampling();
  console.error(`import: wrote ${JSON.stringify(imports[0].summary)}`);
  console.error(
    `import: preview (read, map, plan) ${imports.map(({ previewMs }) => Math.round(previewMs)).join(', ')} ms`,
  );
  const baseline = await page.evaluate(
    async ({ text, runs }) => {
      const tools = await window.__hallway.importTools();
      const HallwayDatabase = window.__hallway.db.constructor;
      const written = new HallwayDatabase(window.__hallwayBenchImportName);
      await written.open();
      const people = await written.people.toArray();
      const interactions = await written.interactions.toArray();
      written.close();
      const timings = [];
      for (let run = 0; run < runs; run += 1) {
        const scratch = new HallwayDatabase(`hallway-bench-import-baseline-${run}-${Date.now()}`);
        await scratch.open();
        const started = performance.now();
        const rows = tools.parseCsv(text);
        await scratch.people.bulkPut(people);
        await scratch.interactions.bulkPut(interactions);
        timings.push(performance.now() - started);
        if (rows.length < people.length) throw new Error(`parsed ${rows.length} rows`);
        scratch.close();
      }
      return timings;
    },
    { text, runs },
  );
  report('import.linkedin.50k', median(imports.map(({ elapsed }) => elapsed)));
  report('baseline.parsePlusBulkPut.50k', median(baseline));
  report('import.peakHeapMB.50k', peakHeapMB, 'MB');
}
