// The People list at 50,000 people (DESIGN.md: the list renders at most ~100 rows in the DOM):
// - people.orderedKeys.50k: reading every live person's id in name order from the
//   [deletedAt+sortName] index (what the list loads instead of the rows), median of runs;
// - people.firstRows.50k: from the start of a reload on the People screen to the first person
//   row with its content in the DOM (page clock), median of reloads;
// - people.domRows.50k: the most list rows in the DOM at any point while scrolling from the
//   top of the list to its end (target: at most 100).
import { median } from '../statistics.mjs';

export const name = 'people-list';

const PEOPLE = 50_000;
const RELOADS = 5;
const SCROLL_STOPS = 200;

function recordFirstRowTime() {
  new MutationObserver((_mutations, observer) => {
    if (document.querySelector('[role="grid"] .person-row:not(.person-row--loading)')) {
      window.__benchFirstRowAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
}

export async function run({ page, report, seedIfNeeded, reloadUntilReady, runs }) {
  await seedIfNeeded(PEOPLE);

  const keyTimes = await page.evaluate(async (count) => {
    const { db } = window.__hallway;
    const times = [];
    for (let run = 0; run < count; run += 1) {
      const started = performance.now();
      const ids = await db.people
        .where('[deletedAt+sortName]')
        .between([0, ''], [0, '\uffff\uffff'])
        .primaryKeys();
      times.push(performance.now() - started);
      if (ids.length < 1) throw new Error('no people to list');
    }
    return times;
  }, runs);
  report('people.orderedKeys.50k', median(keyTimes));

  await page.addInitScript(recordFirstRowTime);
  await page.evaluate(() => {
    window.location.hash = '#/people';
  });
  const firstRows = [];
  for (let reload = 0; reload < RELOADS; reload += 1) {
    await reloadUntilReady();
    await page.waitForFunction(() => typeof window.__benchFirstRowAt === 'number');
    firstRows.push(await page.evaluate(() => window.__benchFirstRowAt));
  }
  report('people.firstRows.50k', median(firstRows));

  const grid = page.getByRole('grid', { name: 'People' });
  await grid.and(page.locator('[aria-busy="false"]')).waitFor();
  const mostRows = await grid.evaluate(async (element, stops) => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    let most = 0;
    const bottom = element.scrollHeight - element.clientHeight;
    for (let stop = 0; stop <= stops; stop += 1) {
      element.scrollTop = Math.round((bottom * stop) / stops);
      await nextFrame();
      await nextFrame();
      most = Math.max(most, element.querySelectorAll('[role="row"]').length);
    }
    return most;
  }, SCROLL_STOPS);
  report('people.domRows.50k', mostRows, 'rows');
}
