// Sync at 50,000 people (issue 16), over loopback with the bundled server in its own process
// (e2e/perf/sync-server-process.mjs) on a fresh data folder. Device A is the runner's page, seeded
// with the 50k sample data set (seed 1: 50,000 people, 200,000 interactions, …); device B is a
// second browser with its own profile (e2e/perf/sync-devices.mjs). Devices are paired and switched
// on and off through Settings → Sync, as a user does.
// - restore.50k: a backup of A's database (taken before pairing, not timed) restored as the app
//   does into a new database: the baseline of sync.initial.50k, measured in the same run;
// - sync.upload.50k (not a target): A pairs and publishes its whole data set, until it has published
//   every row of the synced tables and its status is "up to date";
// - sync.initial.50k: B pairs (clock from the click on "Pair this device") and receives the whole
//   set, until its People screen counts A's people, its status is "up to date" and its database
//   holds as many people and interactions as A's; target ≤ 2× restore.50k (sync.initial.50k.ratio);
// - sync.edit.p95: a person renamed on A (the person page's own write, window.__hallway.editPerson)
//   until B's open person page shows the new name, over 25 edits after a first one (a warm-up,
//   printed as sync.edit.first), each clock read in its page (performance.timeOrigin + now: one
//   system clock); target ≤ 500 ms; the median is printed too;
// - sync.server.rssMB.50k: the server's resident memory (/proc/<pid>/status) holding the space,
//   both devices connected; target ≤ 500 MB;
// - sync.offline.merge.1k: sync switched off on both devices, 1,000 people edited on each (500 of
//   them on both, the same field), sync switched on again (clock from there) until both devices hold
//   the same values for all 1,500 people and are "up to date"; target ≤ 10 s.
// Runs last (order 3): it leaves A unpaired again, but its uploads and first syncs would weigh on
// any group after it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleForPage } from '../page-bundle.mjs';
import { median, percentile } from '../statistics.mjs';
import { buildSyncServer, startSyncServerProcess } from '../sync-server-process.mjs';
import {
  codeForAnotherDevice,
  forgetServer,
  goTo,
  openDevice,
  pair,
  peopleSummary,
  pollUntil,
  setSyncEnabled,
  syncState,
  waitForSyncState,
} from '../sync-devices.mjs';

export const name = 'sync';
export const order = 3;

const PEOPLE = 50_000;
const EDITS = 25;
const OFFLINE_EDITS = 1_000;
const LONG_MS = 30 * 60 * 1000;

const counts = (page) =>
  page.evaluate(async () => {
    const { db } = window.__hallway;
    return { people: await db.people.count(), interactions: await db.interactions.count() };
  });

/**
 * Waits until A has published every row of the synced tables (a syncRows entry each) and the
 * server has them all (status "up to date"). The status alone is not enough: right after pairing
 * it read "up to date" before the replicator had counted its backlog (265,695 rows at 50k).
 */
async function waitForUpload(a) {
  const tables = await bundleForPage(
    "export { SYNCED_TABLES } from './shared/sync/synced-tables';",
    '__syncBenchTables',
  );
  await a.evaluate(tables);
  const published = () =>
    a.evaluate(async () => {
      const { db } = window.__hallway;
      let rows = 0;
      for (const table of window.__syncBenchTables.SYNCED_TABLES) rows += await db[table].count();
      return { rows, published: await db.syncRows.count() };
    });
  await pollUntil(
    async () => {
      const { rows, published: done } = await published();
      return done >= rows && (await syncState(a)) === 'upToDate';
    },
    {
      timeoutMs: LONG_MS,
      what: 'A to publish every row',
      describe: async () => `${JSON.stringify(await published())}, A ${await describeDevice(a)}`,
    },
  );
}

/** What a device holds and shows, for the log while waiting. */
async function describeDevice(page) {
  const status = await page.evaluate(() => JSON.stringify(window.__hallway.syncStatus?.()));
  const summary = await page
    .locator('.screen__summary')
    .innerText()
    .catch(() => '(no summary)');
  return `${status}, ${JSON.stringify(await counts(page))}, "${summary.trim()}"`;
}

async function restoreBaseline(page) {
  return page.evaluate(async () => {
    const { db, writeTools } = window.__hallway;
    const tools = await writeTools();
    await tools.backUp(db.name);
    const scratch = `hallway-bench-sync-restore-${Date.now()}`;
    const ms = await tools.restoreInto(scratch);
    const people = await tools.countPeople(scratch);
    await tools.deleteDatabase(scratch);
    return { ms, people };
  });
}

async function measureInitialSync({ a, b, serverUrl }) {
  const expected = await counts(a);
  const summary = await peopleSummary(a);
  const code = await codeForAnotherDevice(a);
  await goTo(a, '/people');

  const started = Date.now();
  await pair(b, { serverUrl, deviceName: 'Benchmark B', code });
  await goTo(b, '/people');
  await pollUntil(
    async () => {
      if ((await syncState(b)) !== 'upToDate') return false;
      const shown = await b
        .locator('.screen__summary')
        .innerText()
        .catch(() => '');
      if (shown.trim() !== summary) return false;
      const held = await counts(b);
      return held.people === expected.people && held.interactions === expected.interactions;
    },
    {
      timeoutMs: LONG_MS,
      what: `B to show ${summary} and hold ${JSON.stringify(expected)}`,
      describe: async () => `A ${await describeDevice(a)}; B ${await describeDevice(b)}`,
    },
  );
  return Date.now() - started;
}

async function measureEdits({ a, b }) {
  const person = await a.evaluate(() =>
    window.__hallway.db.people.filter((row) => row.deletedAt === 0).first(),
  );
  await goTo(b, `/people/${person.id}`);
  await b.getByText(person.displayName, { exact: true }).first().waitFor();
  const latencies = [];
  for (let edit = 0; edit <= EDITS; edit += 1) {
    const marker = `Synced edit ${edit} ${Date.now().toString(36)}`;
    await b.evaluate((text) => {
      window.__syncBenchSeen = new Promise((resolve) => {
        const now = () => performance.timeOrigin + performance.now();
        if (document.body.textContent.includes(text)) resolve(now());
        const observer = new MutationObserver(() => {
          if (!document.body.textContent.includes(text)) return;
          observer.disconnect();
          resolve(now());
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    }, marker);
    const startedAt = await a.evaluate(
      async ({ id, text }) => {
        const startedAt = performance.timeOrigin + performance.now();
        await window.__hallway.editPerson(id, { displayName: text });
        return startedAt;
      },
      { id: person.id, text: marker },
    );
    const seenAt = await b.evaluate(() => window.__syncBenchSeen);
    latencies.push(seenAt - startedAt);
  }
  // The first edit after pairing is a warm-up, printed on its own: the devices' sessions may still
  // be settling (a token refreshed when Settings opened restarts a session).
  const [first, ...rest] = latencies;
  return { first, latencies: rest };
}

const fieldsOf = (page, ids) =>
  page.evaluate(async (keys) => {
    const rows = await window.__hallway.db.people.bulkGet(keys);
    return JSON.stringify(rows.map((row) => [row?.id, row?.company, row?.displayName]));
  }, ids);

async function measureOfflineMerge({ a, b }) {
  const ids = await a.evaluate(
    (count) =>
      window.__hallway.db.people
        .filter((row) => row.deletedAt === 0)
        .limit(count)
        .primaryKeys(),
    OFFLINE_EDITS * 1.5,
  );
  await Promise.all([setSyncEnabled(a, false), setSyncEnabled(b, false)]);
  await Promise.all([waitForSyncState(a, 'off'), waitForSyncState(b, 'off')]);
  const editAll = (page, keys, label) =>
    page.evaluate(
      async ({ keys, label }) => {
        for (const [index, id] of keys.entries()) {
          await window.__hallway.editPerson(id, { company: `${label} offline ${index}` });
        }
      },
      { keys, label },
    );
  const editsStarted = Date.now();
  await Promise.all([
    editAll(a, ids.slice(0, OFFLINE_EDITS), 'A'),
    editAll(b, ids.slice(OFFLINE_EDITS / 2), 'B'),
  ]);
  console.error(`sync: 1,000 offline edits on each device took ${Date.now() - editsStarted} ms`);

  const started = Date.now();
  await Promise.all([setSyncEnabled(a, true), setSyncEnabled(b, true)]);
  await pollUntil(
    async () => {
      if ((await syncState(a)) !== 'upToDate' || (await syncState(b)) !== 'upToDate') return false;
      const [onA, onB] = await Promise.all([fieldsOf(a, ids), fieldsOf(b, ids)]);
      return onA === onB;
    },
    {
      everyMs: 100,
      timeoutMs: LONG_MS,
      what: 'both devices to converge',
      describe: async () => `A ${await describeDevice(a)}; B ${await describeDevice(b)}`,
    },
  );
  return Date.now() - started;
}

export async function run({ page: a, report, seedIfNeeded }) {
  await seedIfNeeded(PEOPLE);
  const restore = await restoreBaseline(a);
  console.error(`sync: restored ${restore.people} people for the baseline`);
  report('restore.50k', restore.ms);

  buildSyncServer();
  const dataDir = await mkdtemp(join(tmpdir(), 'hallway-bench-sync-'));
  const server = await startSyncServerProcess({ dataDir });
  let deviceB;
  try {
    const origin = new URL(a.url()).origin;
    const uploadStarted = Date.now();
    await pair(a, { serverUrl: server.url, deviceName: 'Benchmark A', code: server.pairingCode });
    await waitForUpload(a);
    report('sync.upload.50k', Date.now() - uploadStarted);

    deviceB = await openDevice(origin);
    const b = deviceB.page;
    const initialMs = await measureInitialSync({ a, b, serverUrl: server.url });
    report('sync.initial.50k', initialMs);
    report('sync.initial.50k.ratio', initialMs / restore.ms, 'x');

    const { first, latencies } = await measureEdits({ a, b });
    console.error(`sync: edit latencies ms: ${latencies.map(Math.round).join(', ')}`);
    report('sync.edit.first', first);
    report('sync.edit.median', median(latencies));
    report('sync.edit.p95', percentile(latencies, 95));

    report('sync.server.rssMB.50k', await server.rssMB(), 'MB');

    report('sync.offline.merge.1k', await measureOfflineMerge({ a, b }));
  } finally {
    await deviceB?.close();
    await forgetServer(a).catch((error) => console.error(`sync: could not unpair A: ${error}`));
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
