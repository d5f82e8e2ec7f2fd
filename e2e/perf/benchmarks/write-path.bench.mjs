// The write path at 50,000 people (issue 12), on the app's own seeded database:
// - person.edit.50k: one field edit saved as the person page saves it (updatePerson through the
//   write queue), until Today and search both show it: the edit gives a person without a cadence a
//   keep-in-touch cadence of one day (Today's section counts change by one) and a company name
//   no one else has (the search finds them by it). Timed by the page's clock from the call to the
//   moment both reads show it; search is asked again until it does (each ask is a round trip to
//   the worker, no sleeping). Median of several edits of different people. Target ≤ 50 ms.
// - derived.rebuild.50k: every derived table and field rebuilt from the stored sources (what a
//   start after an upgrade does behind its progress bar), and derived.rebuild.50k.ratio against
//   baseline.bulkPut.bare.seed.50k measured earlier in the same run by the bulk-writes group
//   (target ≤ 1×). One run: it rewrites every derived table.
// Runs after the bulk-writes group (order 2), which leaves the app's database untouched.
import { median } from '../statistics.mjs';

export const name = 'write-path';
export const order = 2;

const PEOPLE = 50_000;

async function timeEdits(page, edits) {
  return page.evaluate(async (edits) => {
    const { db, editPerson } = window.__hallway;
    const search = window.__hallwaySearch;
    const today = window.__hallwayToday;
    await search.start();
    const candidates = await db.people
      .filter((person) => person.deletedAt === 0 && person.keepInTouchDays === null)
      .limit(edits)
      .toArray();
    const now = Date.now();
    const total = (counts) => counts.overdue + counts.dueToday + counts.comingUp;
    const timings = [];
    for (const [index, person] of candidates.entries()) {
      const token = `Benchco${index}x${now.toString(36)}`;
      const before = total(await today.load(now, 30));
      const started = performance.now();
      await editPerson(person.id, { company: token, keepInTouchDays: 1 });
      const shownInToday = total(await today.load(now, 30)) === before + 1;
      for (;;) {
        const { hits } = await search.search(token, 5);
        if (hits.some((hit) => hit.id === person.id)) break;
      }
      timings.push(performance.now() - started);
      if (!shownInToday) throw new Error(`Today did not count ${person.id} after the edit`);
    }
    return timings;
  }, edits);
}

export async function run({ page, report, measured, seedIfNeeded, runs }) {
  await seedIfNeeded(PEOPLE);
  const edits = await timeEdits(page, Math.max(runs, 9));
  report('person.edit.50k', median(edits));

  const rebuild = await page.evaluate(async () => {
    let steps = 0;
    const started = performance.now();
    await window.__hallway.rebuildDerived(() => {
      steps += 1;
    });
    return { ms: performance.now() - started, steps };
  });
  console.error(`write-path: the rebuild reported progress ${rebuild.steps} times`);
  report('derived.rebuild.50k', rebuild.ms);
  const bare = measured('baseline.bulkPut.bare.seed.50k');
  if (bare !== undefined) report('derived.rebuild.50k.ratio', rebuild.ms / bare, 'x');
}
