// `npm run bench [-- <filter>…]`: builds the renderer, serves it with `vite preview`, opens it in
// headless Chromium with a persistent profile in a fresh temp folder (IndexedDB on a real disk,
// see TOOLCHAIN.md: an in-memory context writes about 1.8× faster and would flatter every
// figure), and runs the benchmark modules in benchmarks/, by `order` then file name. With
// filters, only the modules whose file name contains one of them run. Not part of `npm test`
// or CI. BENCH_PROFILE_DIR (with a fixed BENCH_PORT, since IndexedDB belongs to the origin)
// keeps the profile between runs, so the 50,000 seeded people are seeded once while iterating.
// The last BENCH line, bench.total, is the whole run's duration in seconds, from the start of this
// script (the build included) to the temp profile's removal; each group's duration goes to stderr.
//
// A benchmark module (one file per group, benchmarks/<group>.mjs) exports:
//   export const name = '<group>';
//   export const order = 0; // optional: modules with a higher order run later
//   export async function run({ page, report, measured, seedIfNeeded, reloadUntilReady, runs, bulkRuns })
// - page: the app at /?e2e=1, ready, with window.__hallway = { db, seed } (the test hook);
// - report(metric, value, unit = 'ms') prints `BENCH {"metric": …, "value": …, "unit": …}`;
// - measured(metric): the value an earlier group reported in this run (a baseline), or undefined;
// - seedIfNeeded(people) fills the app's database with the seeded sample data set (seed 1,
//   default events and interactions) unless it already holds that many people, and lets the app
//   index them (built and stored) before it returns with the app just started again;
// - reloadUntilReady() reloads the page and waits for data-app-state="ready";
// - runs: how many times to repeat a measurement for a median (BENCH_RUNS, default 3);
// - bulkRuns: the same for a write of 50,000 rows or more (BENCH_BULK_RUNS, default 1). Each takes
//   from seconds to minutes on a 2-core machine, and their repetitions were most of a whole
//   bench's time; a bulk write is measured next to its baseline, so one pair gives a fair ratio.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutablePath } from '../chromium-launch.mjs';
import { startPreviewServer } from './preview-server.mjs';

const BENCHMARKS_DIR = new URL('./benchmarks/', import.meta.url);
const port = Number(process.env.BENCH_PORT ?? 0);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const bulkRuns = Number(process.env.BENCH_BULK_RUNS ?? 1);
const filters = process.argv.slice(2);

/** @type {{ metric: string, value: number, unit: string }[]} */
const results = [];

function report(metric, value, unit = 'ms') {
  const rounded = Math.round(value * 10) / 10;
  results.push({ metric, value: rounded, unit });
  console.log(
    `BENCH {"metric": ${JSON.stringify(metric)}, "value": ${rounded}, "unit": ${JSON.stringify(unit)}}`,
  );
}

/** `vite build` of the renderer, run by Node directly (as preview-server.mjs runs vite); its
 * output goes to stderr, so that stdout holds only the figures. */
function buildRenderer() {
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts'],
    { stdio: ['ignore', 2, 2] },
  );
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the renderer build failed (${code})`)),
    );
  });
}

async function waitUntilReady(page) {
  await page.waitForSelector('#root[data-app-state="ready"], #root[data-app-state="error"]', {
    state: 'attached',
    timeout: 120_000,
  });
  const state = await page.getAttribute('#root', 'data-app-state');
  if (state !== 'ready')
    throw new Error(`The app failed to start: ${await page.innerText('#root')}`);
}

const seconds = (ms) => (ms / 1000).toFixed(1);

async function seedIfNeeded(page, people) {
  const stored = await page.evaluate(() => window.__hallway.db.people.count());
  if (stored >= people) return;
  console.error(`seeding ${people.toLocaleString('en')} people…`);
  const started = Date.now();
  const seeded = await page.evaluate(
    (count) => window.__hallway.seed({ seed: 1, people: count }),
    people,
  );
  console.error(`seeded ${JSON.stringify(seeded)} in ${seconds(Date.now() - started)} s`);
  // The app answers a seed in the background: its search worker indexes the 50,000 new people and
  // stores the index (15-20 s on its own), and every figure measured meanwhile would pay for it (an
  // import right after a seed held 537 MB of JS heap, and its baselines took twice as long). So: a
  // reload, the index built and stored at once, and a reload again, which leaves the app as just
  // started on a seeded profile, as when the profile was seeded before.
  const settling = Date.now();
  await page.reload();
  await waitUntilReady(page);
  await page.waitForFunction(() => window.__hallwaySearch !== undefined);
  await page.evaluate(async () => {
    await window.__hallwaySearch.start();
    await window.__hallwaySearch.flush();
  });
  await page.reload();
  await waitUntilReady(page);
  console.error(`the app took ${seconds(Date.now() - settling)} s to index the seeded people`);
}

async function loadBenchmarks() {
  const files = (await readdir(BENCHMARKS_DIR)).filter((file) => file.endsWith('.mjs')).sort();
  const selected = files.filter(
    (file) => filters.length === 0 || filters.some((filter) => file.includes(filter)),
  );
  if (selected.length === 0)
    throw new Error(`No benchmark matches ${filters.join(', ')}; have ${files.join(', ')}`);
  const modules = await Promise.all(
    selected.map((file) => import(new URL(file, BENCHMARKS_DIR).href)),
  );
  // Stable sort: file-name order within one `order`.
  return modules.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
}

function printSummary() {
  console.log('\nBenchmarks (headless Chromium, profile on disk):');
  const width = Math.max(...results.map((result) => result.metric.length));
  for (const { metric, value, unit } of results) {
    console.log(`  ${metric.padEnd(width)}  ${value.toLocaleString('en').padStart(10)} ${unit}`);
  }
}

async function main() {
  const benchmarks = await loadBenchmarks();
  await buildRenderer();
  const keptProfileDir = process.env.BENCH_PROFILE_DIR;
  const profileDir = keptProfileDir ?? (await mkdtemp(join(tmpdir(), 'hallway-bench-')));
  const server = await startPreviewServer(port);
  let context;
  const stopEverything = async () => {
    await context?.close();
    await server.stop();
    if (!keptProfileDir) await rm(profileDir, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    stopEverything().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumExecutablePath,
      args: [...chromiumArgs],
      headless: true,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(120_000);
    await page.goto(`${server.origin}/?e2e=1`);
    await waitUntilReady(page);
    if (!(await page.evaluate(() => '__hallway' in window))) {
      throw new Error('window.__hallway is missing: this build does not expose the test hook');
    }
    for (const benchmark of benchmarks) {
      console.error(`— ${benchmark.name}`);
      const started = performance.now();
      await benchmark.run({
        page,
        report,
        measured: (metric) => results.find((result) => result.metric === metric)?.value,
        runs,
        bulkRuns,
        seedIfNeeded: (people) => seedIfNeeded(page, people),
        reloadUntilReady: async () => {
          await page.reload();
          await waitUntilReady(page);
        },
      });
      console.error(`— ${benchmark.name}: ${seconds(performance.now() - started)} s`);
    }
  } finally {
    await stopEverything();
  }
  report('bench.total', performance.now() / 1000, 's');
  printSummary();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
