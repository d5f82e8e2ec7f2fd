// Bulk writes of the 50k sample data set (seed 1: 50,000 people, 2,000 events, 200,000
// interactions and the introductions, volunteer shifts and topics that come with them: the rows the
// app seeds) against the physical limit of the browser (DESIGN.md "Performance targets": sample
// data and restore at most 2× Dexie bulkPut of the same rows into bare tables, 50,000 people alone
// at most 3×). Everything goes into new scratch databases through window.__hallway.writeTools()
// (renderer/app/write-test-tools.ts): the app's own database is neither read nor written. The
// profile is seeded all the same, as in a whole run: every database of an origin shares one
// LevelDB, and what it already holds slows every write, the bare ones most (the same bare write of
// the people took 5 s in an empty profile, 10-16 s beside the seeded set; the people ratio came out
// at 6.7× and 2.5-4.5×). The data set is generated once in the page (its time is logged, not
// counted) and every step writes those same rows; each time is the write alone.
// - baseline.bulkPut.bare.50k: the 50,000 people with Dexie bulkPut into a table holding nothing
//   but its primary key (`people: 'id'`), in one transaction, 2,000 rows per call (as the seeding
//   path; tried twice against 10,000 and 50,000 per call on a busy machine: 2,000 was as fast or
//   faster, 8-9 s against 9-13 s and 9-29 s);
// - people.bulkPut.50k: the same people through the app's write path, derived tables included
//   (writePeople in the tools: one function to point at issue 12's people write service), and
//   people.bulkPut.50k.ratio against the bare baseline (target ≤ 3×). The two alternate;
// - seed.50k: every row through the app's seeding path (writeSampleData: what seedDatabase and
//   window.__hallway.seed run once the set is generated); then, untimed, a backup of that database;
// - baseline.bulkPut.bare.seed.50k: every row of the set into bare tables, in one transaction;
// - restore.50k: that backup checked and restored as the app does it (parseBackup, restoreBackup)
//   into a new database (measured in the export-backup group before, with a backup of the app's
//   database and with the deletion of the restored database counted in); seed.50k.ratio and
//   restore.50k.ratio against the bare baseline measured between the two (target ≤ 2× each).
// Each write runs `bulkRuns` times (BENCH_BULK_RUNS, default once): the three 255,000-row writes
// alone take four to eight minutes on a busy 2-core machine. Runs last of all (order 2), after the
// other groups whose bulk writes leave IndexedDB busy (order 1), so that the import (one run) does
// not pay for this group's writes (it took 112 s right after them, 70 s after the baseline group).
// Each scratch database is deleted as soon as it has served: deleting returns within milliseconds
// here (five to nine databases in 0.2-0.5 s), and leftovers in the origin's one LevelDB would weigh
// on the writes after them and let a kept profile (BENCH_PROFILE_DIR) grow by a gigabyte per run.
import { median } from '../statistics.mjs';

export const name = 'bulk-writes';
export const order = 2;

const PEOPLE = 50_000;
const SAMPLE = { seed: 1, people: PEOPLE };

/** Runs one step of the write tools in the page on the kept data set; returns its result. */
function step(page, kind, database) {
  return page.evaluate(
    async ({ kind, database, sample }) => {
      const tools = await window.__hallway.writeTools();
      const { data } = tools.sampleData(sample);
      if (kind === 'bare-people') return tools.bareBulkPut(database, { people: data.people });
      if (kind === 'bare-seed') return tools.bareBulkPut(database, data);
      if (kind === 'people') return tools.writePeopleInto(database, data.people);
      if (kind === 'seed') return tools.seedInto(database, data);
      if (kind === 'back-up') return tools.backUp(database);
      if (kind === 'restore') return tools.restoreInto(database);
      if (kind === 'count-people') return tools.countPeople(database);
      if (kind === 'delete') return tools.deleteDatabase(database);
      throw new Error(`unknown step ${kind}`);
    },
    { kind, database, sample: SAMPLE },
  );
}

export async function run({ page, report, seedIfNeeded, bulkRuns }) {
  await seedIfNeeded(PEOPLE);
  // The app as it runs once started, its search index loaded (its restore would overlap the first
  // write otherwise).
  await page.waitForFunction(() => window.__hallwaySearch !== undefined);
  await page.evaluate(() => window.__hallwaySearch.start());
  const prefix = `hallway-bench-writes-${Date.now()}`;
  let deleteMs = 0;
  const dispose = async (...databases) => {
    for (const database of databases) deleteMs += await step(page, 'delete', database);
  };
  const generated = await page.evaluate(async (sample) => {
    const { data, generateMs } = (await window.__hallway.writeTools()).sampleData(sample);
    const rows = Object.fromEntries(
      Object.entries(data).map(([table, all]) => [table, all.length]),
    );
    return { rows, generateMs };
  }, SAMPLE);
  const { rows, generateMs } = generated;
  console.error(`bulk-writes: generated ${JSON.stringify(rows)} in ${Math.round(generateMs)} ms`);

  const times = { bare: [], people: [], seed: [], bareSeed: [], restore: [] };
  for (let run = 0; run < bulkRuns; run += 1) {
    const [bare, people] = [`${prefix}-bare-people-${run}`, `${prefix}-people-${run}`];
    times.bare.push(await step(page, 'bare-people', bare));
    times.people.push(await step(page, 'people', people));
    await dispose(bare, people);
  }
  for (let run = 0; run < bulkRuns; run += 1) {
    const names = ['seed', 'bare-seed', 'restore'].map((kind) => `${prefix}-${kind}-${run}`);
    const [seed, bareSeed, restore] = names;
    times.seed.push(await step(page, 'seed', seed));
    const backup = await step(page, 'back-up', seed);
    if (run === 0)
      console.error(`bulk-writes: backup of ${(backup.length / 1e6).toFixed(1)} M chars`);
    times.bareSeed.push(await step(page, 'bare-seed', bareSeed));
    times.restore.push(await step(page, 'restore', restore));
    const restored = await step(page, 'count-people', restore);
    if (restored !== rows.people) throw new Error(`restored ${restored} of ${rows.people} people`);
    await dispose(...names);
  }
  await page.evaluate(async () => (await window.__hallway.writeTools()).dropSampleData());
  const list = (values) => values.map((ms) => Math.round(ms)).join(', ');
  const runsText = Object.entries(times).map(([kind, values]) => `${kind} ${list(values)}`);
  console.error(`bulk-writes: ms per run: ${runsText.join('; ')}`);
  console.error(`bulk-writes: deleting the scratch databases took ${Math.round(deleteMs)} ms`);

  const bareMs = median(times.bare);
  const peopleMs = median(times.people);
  report('baseline.bulkPut.bare.50k', bareMs);
  report('people.bulkPut.50k', peopleMs);
  report('people.bulkPut.50k.ratio', peopleMs / bareMs, 'x');
  const bareSeedMs = median(times.bareSeed);
  const seedMs = median(times.seed);
  const restoreMs = median(times.restore);
  report('seed.50k', seedMs);
  report('baseline.bulkPut.bare.seed.50k', bareSeedMs);
  report('seed.50k.ratio', seedMs / bareSeedMs, 'x');
  report('restore.50k', restoreMs);
  report('restore.50k.ratio', restoreMs / bareSeedMs, 'x');
}
