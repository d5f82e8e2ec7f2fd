// "Log a meetup" saved into a database of 50,000 people (target: at most 100 ms, issue 3): one
// saveQuickCapture of 8 people — 5 new, 3 already known — each with a note and inline topics,
// a new event each time; the page's own clock around the call (its one transaction included),
// the median of several runs after untimed warm-ups (right after the 50,000-row copy the disk is
// still busy settling it), each run with other people.
// - capture.save.8: into a scratch copy of the 50,000 people and the topics (same schema), so
//   the figure is the save itself, not time spent queued behind the app's own background work;
// - capture.save.8.live: into the app's database while the app runs (on the "Log a meetup"
//   screen, search index loaded): a write waits for whatever reads the search worker and live
//   queries are doing, so this one shows what a user may wait on a busy machine.
import { median } from '../statistics.mjs';

export const name = 'quick-capture';

const PEOPLE = 50_000;
const SCRATCH_DATABASE = 'hallway-bench-capture';

/** Runs in the page: saves warm-ups then `runs` captures into the database named; times the runs. */
async function timeCaptures({ runs, warmUps, scratch, copyFrom }) {
  const hook = window.__hallway;
  if (typeof hook.saveQuickCapture !== 'function') {
    throw new Error('this build has no window.__hallway.saveQuickCapture');
  }
  let target = hook.db;
  if (scratch) {
    target = new hook.db.constructor(scratch);
    await target.open();
    await target.people.bulkPut(await hook.db.people.toArray());
    await target.topics.bulkPut(await hook.db.topics.toArray());
  }
  const known = await target.people
    .where('[deletedAt+sortName]')
    .between([0, copyFrom], [0, '\uffff'])
    .limit((warmUps + runs) * 3)
    .toArray();
  if (known.length < (warmUps + runs) * 3) throw new Error('not enough people to link');
  const notes = [
    'works on Rails at a start-up #ruby #rails ?rust-job',
    'organises the Wasm study group +mentoring #wasm',
    'new to Tokyo, data engineer #python ?community',
    'talked about LiveView #elixir +code-review',
    'hiring SREs +hiring #kubernetes',
  ];
  const durations = [];
  for (let run = -warmUps; run < runs; run += 1) {
    const people = [
      ...notes.map((note, index) => ({ name: `Bench Person ${run}-${index}`, note })),
      ...known.slice((run + warmUps) * 3, (run + warmUps + 1) * 3).map((person, index) => ({
        personId: person.id,
        name: person.displayName,
        note: `again, now into #topic-${run}-${index} ?advice`,
      })),
    ];
    const started = performance.now();
    await hook.saveQuickCapture(
      { event: { newEvent: { name: `Bench meetup ${run}`, startsAt: Date.now() } }, people },
      target,
    );
    if (run >= 0) durations.push(performance.now() - started);
  }
  if (scratch) await target.delete();
  return durations;
}

export async function run({ page, report, seedIfNeeded, runs }) {
  await seedIfNeeded(PEOPLE);
  await page.evaluate(async () => {
    window.location.hash = '#/capture';
    await window.__hallwaySearch?.start();
  });
  await page.getByRole('heading', { level: 1, name: 'Log a meetup' }).waitFor();
  const count = Math.max(runs, 5);
  const isolated = await page.evaluate(timeCaptures, {
    runs: count,
    warmUps: 3,
    scratch: SCRATCH_DATABASE,
    copyFrom: 'a',
  });
  const live = await page.evaluate(timeCaptures, {
    runs: count,
    warmUps: 1,
    scratch: null,
    copyFrom: 'n',
  });
  for (const [metric, timings] of [
    ['capture.save.8', isolated],
    ['capture.save.8.live', live],
  ]) {
    console.error(`${metric} runs: ${timings.map((ms) => Math.round(ms)).join(', ')} ms`);
    report(metric, median(timings));
  }
}
