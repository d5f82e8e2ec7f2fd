// Baselines that later benchmarks are compared against (DESIGN.md, "Performance targets"): raw
// Dexie reads and writes of 50,000 people, with nothing of the app's own code in between. The
// rows are the seeded generator's people, read back from the app's database (exactly 50,000: other
// groups may have added a few people to the same profile); each bulkPut goes
// into a new scratch database with the same schema (indexes included). Raw writes of 150,000 rows
// (and deleting them) keep IndexedDB busy for minutes afterwards: on a loaded 2-core machine a
// reload after this group waited over 120 s for the app's database, against 1-6 s without it. So
// the scratch databases are left for the temp profile's removal, and this group runs last.
import { median } from '../statistics.mjs';

export const name = 'baseline';
export const order = 1;

const PEOPLE = 50_000;

export async function run({ page, report, seedIfNeeded, runs }) {
  await seedIfNeeded(PEOPLE);
  const timings = await page.evaluate(
    async ({ people, runs }) => {
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
      for (let run = 0; run < runs; run += 1) {
        const scratch = new HallwayDatabase(`hallway-bench-scratch-${run}`);
        await scratch.open();
        const started = performance.now();
        await scratch.people.bulkPut(rows);
        bulkPut.push(performance.now() - started);
        scratch.close();
      }
      return { toArray, bulkPut };
    },
    { people: PEOPLE, runs },
  );
  report('baseline.bulkPut.50k', median(timings.bulkPut));
  report('baseline.toArray.50k', median(timings.toArray));
}
