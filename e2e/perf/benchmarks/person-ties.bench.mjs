// A person page's relationships and the ties the data implies (issue 15), in the page, on the
// 50,000-person sample data: the three reads of renderer/repositories (the stated relationships,
// introductions made, people met at the same events with the first ten read whole), bundled with
// esbuild and run on the app's database. The people measured are those met at the most events,
// the worst case for "met at the same events". Timings use the page's clock.
// - person.ties.p95.50k: the three reads for one person, p95 over TIE_QUERIES people.
import { bundleForPage } from '../page-bundle.mjs';

export const name = 'person-ties';

const PEOPLE = 50_000;
const TIE_QUERIES = 50;

function readsBundle() {
  return bundleForPage(
    `
        export { relationshipsOfPerson } from './renderer/repositories/relationships-repository';
        export { introducedTiesOf, metAtSameEventsOf } from './renderer/repositories/implied-ties-repository';`,
    '__benchTies',
  );
}

/** Runs in the page: the ids of the `count` people met at the most events, most first. */
async function mostMet(count) {
  const events = new Map();
  await window.__hallway.db.eventMeetings.toCollection().eachPrimaryKey(([, personId]) => {
    events.set(personId, (events.get(personId) ?? 0) + 1);
  });
  return [...events]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([id, met]) => ({ id, met }));
}

function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

export async function run({ page, report, seedIfNeeded }) {
  await seedIfNeeded(PEOPLE);
  await page.evaluate(await readsBundle());
  const people = await page.evaluate(mostMet, TIE_QUERIES);
  const times = await page.evaluate(
    async (ids) => {
      const { relationshipsOfPerson, introducedTiesOf, metAtSameEventsOf } = window.__benchTies;
      const db = window.__hallway.db;
      const read = (id) =>
        Promise.all([
          relationshipsOfPerson(db, id),
          introducedTiesOf(db, id),
          metAtSameEventsOf(db, id, 10),
        ]);
      await read(ids[0]);
      const measured = [];
      for (const id of ids) {
        const started = performance.now();
        await read(id);
        measured.push(performance.now() - started);
      }
      return measured;
    },
    people.map(({ id }) => id),
  );
  console.error(
    `person-ties: ${people.length} people, met at ${people.at(-1)?.met}–${people[0]?.met} events`,
  );
  report('person.ties.p95.50k', percentile(times, 0.95));
}
