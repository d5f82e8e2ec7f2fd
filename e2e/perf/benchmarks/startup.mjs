// Start-up with 50,000 people stored (target: ready within 1 s, DESIGN.md). Times are the
// page's own clock, from the start of the navigation (a reload) to the moment #root announces
// data-app-state="ready", and to the first contentful paint; the median of several reloads.
import { median } from '../statistics.mjs';

export const name = 'startup';

const PEOPLE = 50_000;
const RELOADS = 5;

function recordReadyTime() {
  new MutationObserver((_mutations, observer) => {
    if (document.getElementById('root')?.dataset.appState === 'ready') {
      window.__benchReadyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app-state'] });
}

export async function run({ page, report, seedIfNeeded, reloadUntilReady }) {
  await seedIfNeeded(PEOPLE);
  await page.addInitScript(recordReadyTime);
  const ready = [];
  const firstPaint = [];
  for (let reload = 0; reload < RELOADS; reload += 1) {
    await reloadUntilReady();
    const timing = await page.evaluate(() => ({
      ready: window.__benchReadyAt,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    }));
    if (typeof timing.ready !== 'number') throw new Error('the ready time was not recorded');
    ready.push(timing.ready);
    if (typeof timing.firstPaint === 'number') firstPaint.push(timing.firstPaint);
  }
  report('startup.ready.50k', median(ready));
  if (firstPaint.length > 0) report('startup.firstContentfulPaint.50k', median(firstPaint));
}
