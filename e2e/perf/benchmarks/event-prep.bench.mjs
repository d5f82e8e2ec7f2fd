// An event page's prep and recap (issue 15), in the page, on the 50,000-person sample data: the
// reads of renderer/features/event-prep (who is likely there from the whole series' meetings, what
// you owe them, introductions among them; the recap's introductions and follow-ups), bundled with
// esbuild and run on the app's database. The events measured are the latest of the series with
// the most events, the worst case for "the series' regulars". Timings use the page's clock.
// - event.prep.p95.50k: readEventPrep for one event, p95 over EVENTS events.
// - event.recap.p95.50k: readEventRecap for the same events.
import { bundleForPage } from '../page-bundle.mjs';

export const name = 'event-prep';

const PEOPLE = 50_000;
const EVENTS = 20;

function readsBundle() {
  return bundleForPage(
    `
        export { readEventPrep } from './renderer/features/event-prep/read-event-prep';
        export { readEventRecap } from './renderer/features/event-prep/read-event-recap';
        export { zonedCalendar } from './shared/follow-ups/zoned-calendar';`,
    '__benchEventPrep',
  );
}

/** Runs in the page: the latest `count` events of the series with the most events. */
async function latestOfBiggestSeries(count) {
  const events = await window.__hallway.db.events.where('deletedAt').equals(0).toArray();
  const bySeries = new Map();
  for (const event of events) {
    if (event.series === '') continue;
    bySeries.set(event.series, [...(bySeries.get(event.series) ?? []), event]);
  }
  const biggest = [...bySeries.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return biggest.sort((a, b) => b.startsAt - a.startsAt).slice(0, count);
}

function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

export async function run({ page, report, seedIfNeeded }) {
  await seedIfNeeded(PEOPLE);
  await page.evaluate(await readsBundle());
  const events = await page.evaluate(latestOfBiggestSeries, EVENTS);
  const { prep, recap, attendees } = await page.evaluate(async (measuredEvents) => {
    const { readEventPrep, readEventRecap, zonedCalendar } = window.__benchEventPrep;
    const db = window.__hallway.db;
    const calendar = zonedCalendar('Asia/Tokyo');
    await readEventPrep(db, measuredEvents[0]);
    const times = { prep: [], recap: [], attendees: 0 };
    for (const event of measuredEvents) {
      let started = performance.now();
      const result = await readEventPrep(db, event);
      times.prep.push(performance.now() - started);
      times.attendees = Math.max(times.attendees, result.attendees.length + result.more);
      started = performance.now();
      await readEventRecap(db, event, calendar);
      times.recap.push(performance.now() - started);
    }
    return times;
  }, events);
  console.error(
    `event-prep: ${events.length} events of "${events[0]?.series}", up to ${attendees} likely attendees`,
  );
  report('event.prep.p95.50k', percentile(prep, 0.95));
  report('event.recap.p95.50k', percentile(recap, 0.95));
}
