// insights.50k — the Insights screen at 50,000 people and 200,000 interactions (the seeded sample
// data), database reads included (target: at most 300 ms, issue 15): from the navigation to the
// screen (from Settings, which reads next to nothing: from People, its own reads of 50,000 people
// would still be under way) until all six charts are drawn (each chart card says so: data-rendered), with the
// screen's default range (the last 12 months). The sample data stores no follow-ups, so 5,000 are
// added first through the write path (fixed ids: a second run rewrites the same rows), half of
// them done. insights.50k.48months: on the screen, from choosing the last 48 months (the whole
// sample data) to its charts redrawn. insights.reference.read2000: 2,000 person rows read just
// before, to read the figures against the machine's load at that moment (as volunteers.bench).
// Timed by the page's own clock (a MutationObserver sees the last chart drawn), once the search
// index has loaded (as today.bench does); the median of several runs after one warm-up run, which
// also loads the screen's code.
import { median } from '../statistics.mjs';

export const name = 'insights';

const PEOPLE = 50_000;
const FOLLOW_UPS = 5_000;
const CHARTS = 6;

function addFollowUps(page) {
  return page.evaluate(async (count) => {
    const hook = window.__hallway;
    const stored = await hook.db.followUps.count();
    if (stored >= count) return stored;
    const people = await hook.db.people.limit(count).primaryKeys();
    const now = Date.now();
    const day = 86_400_000;
    const rows = people.map((personId, index) => ({
      id: `bench-follow-up-${index}`,
      createdAt: now - 400 * day,
      updatedAt: now - (index % 360) * day,
      personId,
      dueAt: now - ((index * 7) % 365) * day,
      reason: 'Follow up',
      status: index % 2 === 0 ? 'done' : 'open',
      rule: `manual:bench-${index}`,
    }));
    await hook.insertRows('followUps', rows);
    return hook.db.followUps.count();
  }, FOLLOW_UPS);
}

/**
 * Milliseconds from leaving another screen for Insights to the last chart drawn; with `months`
 * other than the default, from choosing that range there to its charts redrawn.
 */
function timeInsights(page, months) {
  return page.evaluate(
    async ({ charts, months }) => {
      const until = (done) =>
        new Promise((resolve) => {
          if (done()) return resolve();
          const observer = new MutationObserver(() => {
            if (done()) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        });
      const drawn = () =>
        document.querySelectorAll('.insight-chart[data-rendered="true"]').length === charts;
      window.location.hash = '#/settings';
      await until(() => document.querySelector('h1')?.textContent === 'Settings');
      let started = performance.now();
      window.location.hash = '#/insights';
      await until(drawn);
      if (months === 12) return performance.now() - started;
      const before = new Set(document.querySelectorAll('.insight-chart__plot svg'));
      const range = document.querySelector('.insights__filters select');
      started = performance.now();
      range.value = String(months);
      range.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => {
        const shown = [...document.querySelectorAll('.insight-chart__plot svg')];
        return shown.length === charts && shown.every((svg) => !before.has(svg));
      });
      return performance.now() - started;
    },
    { charts: CHARTS, months },
  );
}

async function timeRuns(page, runs, months) {
  await timeInsights(page, months);
  const timings = [];
  for (let run = 0; run < runs; run += 1) timings.push(await timeInsights(page, months));
  return timings;
}

export async function run({ page, report, seedIfNeeded, runs }) {
  await seedIfNeeded(PEOPLE);
  const followUps = await addFollowUps(page);
  const interactions = await page.evaluate(() => window.__hallway.db.interactions.count());
  console.error(`insights: ${interactions} interactions, ${followUps} follow-ups`);
  await page.evaluate(async () => {
    if (!window.__hallwaySearch) throw new Error('this build has no window.__hallwaySearch');
    await window.__hallwaySearch.start();
  });
  const reference = await page.evaluate(
    async (runs) => {
      const { db } = window.__hallway;
      const timings = [];
      for (let run = 0; run <= runs; run += 1) {
        const started = performance.now();
        await db.people.limit(2_000).toArray();
        if (run > 0) timings.push(performance.now() - started);
      }
      return timings;
    },
    Math.max(runs, 5),
  );
  report('insights.reference.read2000', median(reference));
  report('insights.50k', median(await timeRuns(page, Math.max(runs, 7), 12)));
  report('insights.50k.48months', median(await timeRuns(page, Math.max(runs, 5), 48)));
}
