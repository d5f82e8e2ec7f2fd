// today.50k — the Today view at 50,000 people and 200,000 interactions (the seeded sample data),
// database reads included (target: at most 100 ms, issue 4): every rule over its index ranges,
// stored actions, the three sections, then the names and last notes of the first items of each
// section, as the screen shows them. Timed by the page's own clock; the median of several runs
// after one warm-up run (the first read after seeding also pays for opening the indexes).
import { median } from '../statistics.mjs';

export const name = 'today';

const PEOPLE = 50_000;
/** Items per section whose details the screen reads first (its page size). */
const SHOWN = 30;

export async function run({ page, report, seedIfNeeded, runs }) {
  await seedIfNeeded(PEOPLE);
  const { timings, sizes } = await page.evaluate(
    async ({ runs, shown }) => {
      const today = window.__hallwayToday;
      if (!today) throw new Error('this build has no window.__hallwayToday');
      const now = Date.now();
      const sizes = await today.load(now, shown);
      const timings = [];
      for (let run = 0; run < runs; run += 1) {
        const started = performance.now();
        await today.load(now, shown);
        timings.push(performance.now() - started);
      }
      return { timings, sizes };
    },
    { runs: Math.max(runs, 5), shown: SHOWN },
  );
  console.error(`today: ${JSON.stringify(sizes)}`);
  report('today.50k', median(timings));
}
