// Suggested introductions (issue 4 "Benchmarks"), in the page: the engine in shared/suggestions is
// bundled with esbuild and evaluated in the page, on profiles (topic keys, languages, city) of the
// people the 50,000-person generator seeded. Timings use the page's clock.
// - intro.index.build.50k: building the index of 50,000 profiles (once, after the app is ready);
// - intro.one.p95.50k: top 10 for one person among 50,000, p95 over 200 people spread over the ids
//   (target ≤ 20 ms);
// - intro.all.10k: top 5 for each of the first 10,000 people (by id), fast path;
// - intro.allNaive.10k: the naive all-pairs reference for the same 10,000, EXTRAPOLATED from an
//   evenly spread sample of NAIVE_SAMPLE people (each scores all 10,000 candidates, so the time
//   per person does not depend on which people are sampled); the whole run would take minutes;
// - intro.all.agreement.10k: share of the sampled people whose top 5 (ids, tiers and scores) is
//   identical between the fast path and the reference (target 1.0).
import { bundleForPage } from '../page-bundle.mjs';

export const name = 'introductions';

const PEOPLE = 50_000;
const ALL = 10_000;
const NAIVE_SAMPLE = 500;
const ONE_QUERIES = 200;

function engineBundle() {
  return bundleForPage(
    `
        export { buildIntroductionIndex } from './shared/suggestions/introduction-index';
        export {
          suggestIntroductionsFor,
          suggestIntroductionsForAll,
          suggestIntroductionsNaively,
        } from './shared/suggestions/suggest-introductions';`,
    '__benchIntroductions',
  );
}

/** Runs in the page: the live people's profiles, kept on window for the timed calls. */
async function loadProfiles() {
  const profiles = [];
  await window.__hallway.db.people
    .where('deletedAt')
    .equals(0)
    .each(({ id, interests, offers, asks, languages, location }) => {
      profiles.push({ id, interests, offers, asks, languages, location, upcomingEventIds: [] });
    });
  profiles.sort((a, b) => (a.id < b.id ? -1 : 1));
  window.__benchProfiles = profiles;
  return profiles.length;
}

function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

export async function run({ page, report, seedIfNeeded }) {
  await seedIfNeeded(PEOPLE);
  await page.evaluate(await engineBundle());
  const count = await page.evaluate(loadProfiles);
  if (count < PEOPLE) throw new Error(`expected ${PEOPLE} people, the database holds ${count}`);

  const one = await page.evaluate(
    ({ queries }) => {
      const engine = window.__benchIntroductions;
      const profiles = window.__benchProfiles;
      const started = performance.now();
      const index = engine.buildIntroductionIndex(profiles);
      const buildMs = performance.now() - started;
      for (let i = 0; i < 20; i += 1) {
        engine.suggestIntroductionsFor(index, profiles[i * 97].id, { limit: 10 });
      }
      const timings = [];
      const step = Math.floor(profiles.length / queries);
      for (let i = 0; i < queries; i += 1) {
        const at = performance.now();
        engine.suggestIntroductionsFor(index, profiles[i * step + 1].id, { limit: 10 });
        timings.push(performance.now() - at);
      }
      return { buildMs, timings };
    },
    { queries: ONE_QUERIES },
  );
  report('intro.index.build.50k', one.buildMs);
  report('intro.one.p95.50k', percentile(one.timings, 0.95));

  const all = await page.evaluate(
    ({ size, sample }) => {
      const engine = window.__benchIntroductions;
      const profiles = window.__benchProfiles.slice(0, size);
      const index = engine.buildIntroductionIndex(profiles);
      const fastStarted = performance.now();
      const fast = engine.suggestIntroductionsForAll(index, { limit: 5 });
      const fastMs = performance.now() - fastStarted;
      const same = (a, b) =>
        a.length === b.length &&
        a.every(
          (s, i) =>
            s.candidateId === b[i].candidateId && s.tier === b[i].tier && s.score === b[i].score,
        );
      const step = Math.floor(size / sample);
      let naiveMs = 0;
      let agreeing = 0;
      for (let i = 0; i < sample; i += 1) {
        const id = profiles[i * step].id;
        const at = performance.now();
        const naive = engine.suggestIntroductionsNaively(index, id, { limit: 5 });
        naiveMs += performance.now() - at;
        if (same(naive, fast.get(id))) agreeing += 1;
      }
      return { fastMs, naiveMs: (naiveMs * size) / sample, agreement: agreeing / sample };
    },
    { size: ALL, sample: NAIVE_SAMPLE },
  );
  report('intro.all.10k', all.fastMs);
  console.error(
    `  intro.allNaive.10k is extrapolated from ${NAIVE_SAMPLE} of ${ALL} people ` +
      `(×${ALL / NAIVE_SAMPLE}); the agreement is measured on those ${NAIVE_SAMPLE}.`,
  );
  report('intro.allNaive.10k', all.naiveMs);
  report('intro.all.agreement.10k', all.agreement, 'share');
  console.error(`  fast path ${(all.naiveMs / all.fastMs).toFixed(1)}× faster than the reference`);
}
