// Baselines that later benchmarks are compared against (DESIGN.md, "Performance targets"): raw
// Dexie reads and writes of 50,000 people, with nothing of the app's own code in between. The
// rows are the seeded generator's people, read back from the app's database (exactly 50,000: other
// groups may have added a few people to the same profile); baseline.bulkPut.50k puts them into a
// new scratch database with the app's schema (indexes and middlewares included), `bulkRuns` times
// (one by default: each is a 50,000-row write, and the bare baselines of the bulk-writes group are
// the ones the targets hold to). Each scratch database is deleted once written: that returns within
// milliseconds; what IndexedDB still does for it afterwards (once, deleting 150,000 rows made a
// later reload wait over 120 s for the app's database) is why this group runs last (order 1),
// after every group that reloads the app.
import { median } from '../statistics.mjs';

export const name = 'baseline';
export const order = 1;

const PEOPLE = 50_000;

export async function run({ page, report, seedIfNeeded, runs, bulkRuns }) {
  await seedIfNeeded(PEOPLE);
  const timings = await page.evaluate(
    async ({ people, runs, bulkRuns }) => {
      const { db } = window.__hallway;
      const toArray = [];
      let rows = [];
      for (let run = 0; run < runs; run += 1) {
        const started = performance.now();
        rows = await db.people.limit(people).toArray();
        toArray.push(performance.now() - started);
      }
      if (rows.length !== people) throw new Error(`expected ${people} people, read ${rows.length}`);
      const HallwayDatabase = db.constructor;
      const bulkPut = [];
      for (let run = 0; run < bulkRuns; run += 1) {
        const scratch = new HallwayDatabase(`hallway-bench-scratch-${run}-${Date.now()}`);
        await scratch.open();
        const started = performance.now();
        await scratch.people.bulkPut(rows);
        bulkPut.push(performance.now() - started);
        await scratch.delete();
      }
      return { toArray, bulkPut };
    },
    { people: PEOPLE, runs, bulkRuns },
  );
  report('baseline.bulkPut.50k', median(timings.bulkPut));
  report('baseline.toArray.50k', median(timings.toArray));
}
