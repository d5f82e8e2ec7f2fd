// How much JavaScript the app ships and how much of it a first start loads (issue 15: target
// bundle.initialKB.gzip ≤ 250 KB; 391.6 KB at 00b568a, before screens were loaded on demand).
// - bundle.initialKB.gzip: a first start of a new user, in a fresh browser (no cache, no stored
//   data) opening the app's address (People), until #root says data-app-state="ready": every
//   JavaScript file the page received in that time (the entry, its imports and the first screen's
//   chunks; workers it started are counted apart, below), each body gzipped with node:zlib at the
//   default level, summed;
// - bundle.initialWorkerKB.gzip: the workers' scripts loaded in that same time (off the main thread);
// - bundle.totalKB.gzip: every JavaScript file of the build (dist/renderer/assets, workers included),
//   gzipped the same way: what loading every screen and worker would cost.
// KB are 1,000 bytes. Does not need the seeded data: it runs first (order -1).
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutablePath } from '../../chromium-launch.mjs';

export const name = 'bundle';
export const order = -1;

const ASSETS = new URL('../../../dist/renderer/assets/', import.meta.url);
/** Vite names a worker's bundle after its module (renderer/features/…/x-worker.ts). */
const isWorkerScript = (url) => /-worker-[\w-]+\.js$/.test(new URL(url).pathname);
const gzippedKB = (bytes) => gzipSync(bytes).length / 1000;

/** The JavaScript files a fresh page received from opening `origin` until the app was ready. */
async function scriptsOfFirstStart(origin) {
  const browser = await chromium.launch({
    executablePath: chromiumExecutablePath,
    args: [...chromiumArgs],
    headless: true,
  });
  try {
    const page = await (await browser.newContext()).newPage();
    /** @type {Map<string, Promise<Buffer | null>>} */
    const bodies = new Map();
    page.on('response', (response) => {
      const url = response.url();
      if (new URL(url).pathname.endsWith('.js') && !bodies.has(url)) {
        // A script still arriving when the browser closes (after ready) is not counted.
        bodies.set(
          url,
          response.body().catch(() => null),
        );
      }
    });
    await page.goto(`${origin}/`);
    await page.waitForSelector('#root[data-app-state="ready"], #root[data-app-state="error"]', {
      state: 'attached',
      timeout: 60_000,
    });
    if ((await page.getAttribute('#root', 'data-app-state')) !== 'ready') {
      throw new Error(`The app failed to start: ${await page.innerText('#root')}`);
    }
    const loaded = await Promise.all(
      [...bodies.entries()].map(async ([url, body]) => ({ url, body: await body })),
    );
    return loaded
      .filter(({ body }) => body !== null)
      .map(({ url, body }) => ({ url, kb: gzippedKB(body) }));
  } finally {
    await browser.close();
  }
}

export async function run({ page, report }) {
  const scripts = await scriptsOfFirstStart(new URL(page.url()).origin);
  const sum = (list) => list.reduce((total, script) => total + script.kb, 0);
  const mainThread = scripts.filter((script) => !isWorkerScript(script.url));
  for (const script of [...scripts].sort((a, b) => b.kb - a.kb)) {
    console.error(`  ${script.kb.toFixed(1).padStart(7)} KB  ${new URL(script.url).pathname}`);
  }
  report('bundle.initialKB.gzip', sum(mainThread), 'KB');
  report('bundle.initialWorkerKB.gzip', sum(scripts.filter((s) => isWorkerScript(s.url))), 'KB');

  const files = (await readdir(ASSETS)).filter((file) => file.endsWith('.js'));
  const sizes = await Promise.all(
    files.map(async (file) => gzippedKB(await readFile(new URL(file, ASSETS)))),
  );
  report(
    'bundle.totalKB.gzip',
    sizes.reduce((total, kb) => total + kb, 0),
    'KB',
  );
}
