// today.50k — the Today view at 50,000 people and 200,000 interactions (the seeded sample data),
// database reads included (target: at most 100 ms, issue 4): the page of every section (counts by
// key, first items read), then the names and last notes of the items shown, as the screen does.
// Timed by the page's own clock; the median of several runs after one warm-up run.
// today.50k.atStart is the same right after the app is ready, while the search index still loads
// (it reads IndexedDB too, and the two queue behind each other); today.50k is measured once the
// search index has loaded (the app's own search service says when), as the app runs from then on.
import { median } from '../statistics.mjs';

export const name = 'today';

const PEOPLE = 50_000;
/** Items per section whose details the screen reads first (its page size). */
const SHOWN = 30;

/** The section sizes and the timings of `runs` computations after a warm-up. */
function timeToday(page, runs) {
  return page.evaluate(
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
    { runs, shown: SHOWN },
  );
}

export async function run({ page, report, seedIfNeeded, runs }) {
  await seedIfNeeded(PEOPLE);
  const atStart = await timeToday(page, Math.max(runs, 5));
  console.error(`today: ${JSON.stringify(atStart.sizes)}`);
  report('today.50k.atStart', median(atStart.timings));
  await page.evaluate(async () => {
    if (!window.__hallwaySearch) throw new Error('this build has no window.__hallwaySearch');
    await window.__hallwaySearch.start();
  });
  const settled = await timeToday(page, Math.max(runs, 9));
  report('today.50k', median(settled.timings));
}
