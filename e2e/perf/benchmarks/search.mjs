// People search at 50,000 people (DESIGN.md "Performance targets", issue 3 "Benchmarks"). Every
// latency is measured in the page, from issuing the query to having the results, over the same
// 200 queries: prefixes of 1–6 characters as a person types them (Latin given and family names,
// companies, topic labels, kana readings, kanji names), drawn from the stored people.
// - search.p95.50k: the app's search, worker round trip included;
// - search.naive.p95.50k: a plain substring scan over all people, in the page;
// - search.fuse.p95.50k: Fuse.js over the same people, in the page (every eighth query: each
//   takes a third of a second or more);
// - search.top1.50k: share of full-name queries for people with a unique name answered with that
//   person first; search.typo.50k: share of full names with one typo (a letter replaced in the
//   longest word) that still find the person in the first 10;
// - search.workerHeapMB.50k: the search worker's JS heap once the index is loaded (DevTools
//   protocol, after a garbage collection);
// - search.indexReady.build.50k / .restore.50k: from navigation start to the index answering,
//   without and with a persisted index (it loads after the app is ready, never before).
import { build } from 'esbuild';
import { createRequire } from 'node:module';

export const name = 'search';

const PEOPLE = 50_000;
const LIMIT = 50;

async function fuseBundle() {
  const require = createRequire(import.meta.url);
  const result = await build({
    entryPoints: [require.resolve('fuse.js')],
    bundle: true,
    format: 'iife',
    globalName: '__benchFuse',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

async function indexReadyAt(page) {
  return page.evaluate(async () => {
    await window.__hallwaySearch.start();
    return performance.now();
  });
}

/** Runs in the page: the queries and the name cases, drawn from the stored people. */
async function prepareQueries() {
  const { db } = window.__hallway;
  const people = await db.people.where('deletedAt').equals(0).toArray();
  const labels = new Map((await db.topics.toArray()).map((topic) => [topic.key, topic.label]));
  window.__benchPeople = people;
  window.__benchLabels = labels;
  const latin = people.filter((person) => person.nameReading === '');
  const japanese = people.filter((person) => person.nameReading !== '');
  const pick = (list, i) => list[(i * 7919) % list.length];
  const sources = [
    (i) => pick(latin, i).familyName,
    (i) => pick(latin, i).givenName,
    (i) => pick(people, i).company,
    (i) => labels.get(pick(people, i).interests[0]) ?? pick(people, i).interests[0],
    (i) => pick(japanese, i).nameReading,
    (i) => pick(japanese, i).displayName,
  ];
  const queries = [];
  for (let i = 0; queries.length < 200; i += 1) {
    const chars = Array.from(sources[i % sources.length](i) ?? '');
    for (let length = 1; length <= Math.min(6, chars.length) && queries.length < 200; length += 1) {
      const prefix = chars.slice(0, length).join('');
      if (prefix.trim() === prefix) queries.push(prefix);
    }
  }
  const nameCount = new Map();
  for (const person of people) {
    nameCount.set(person.displayName, (nameCount.get(person.displayName) ?? 0) + 1);
  }
  const unique = people.filter((person) => nameCount.get(person.displayName) === 1);
  const fullNames = Array.from({ length: 100 }, (_, i) => pick(unique, i * 13 + 1));
  const typos = Array.from({ length: 100 }, (_, i) => {
    const person = pick(unique, i * 17 + 3);
    const romaji = (person.emails[0] ?? '').split('@')[0].replace(/[0-9]/g, '').split('.');
    const words =
      person.nameReading === ''
        ? [person.givenName, person.familyName]
        : romaji.filter((word) => word !== '');
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
    const at = 1 + (i % Math.max(1, longest.length - 1));
    const replaced = longest[at] === 'x' ? 'q' : 'x';
    const typo = longest.slice(0, at) + replaced + longest.slice(at + 1);
    return {
      id: person.id,
      query: words.map((word) => (word === longest ? typo : word)).join(' '),
    };
  });
  return {
    queries,
    fullNames: fullNames.map((person) => ({ id: person.id, query: person.displayName })),
    typos: typos.filter((typo) => typo.query.length >= 5),
  };
}

/**
 * The used JS heap of a dedicated worker, after a garbage collection, through the DevTools
 * protocol (workers have no performance.memory): attach to the worker's target from the page's
 * session and relay the two calls to it.
 */
async function workerHeapBytes(page, urlPart) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((info) => info.type === 'worker' && info.url.includes(urlPart));
    if (!target) throw new Error(`no worker whose URL contains ${urlPart}`);
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    const replies = new Map();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message);
      replies.get(message.id)?.(message);
    });
    const call = (id, method) => {
      const reply = new Promise((resolve) => replies.set(id, resolve));
      const message = JSON.stringify({ id, method });
      return cdp.send('Target.sendMessageToTarget', { sessionId, message }).then(() => reply);
    };
    await call(1, 'HeapProfiler.collectGarbage');
    const usage = await call(2, 'Runtime.getHeapUsage');
    if (!usage.result) throw new Error(`Runtime.getHeapUsage failed: ${JSON.stringify(usage)}`);
    return usage.result.usedSize;
  } finally {
    await cdp.detach();
  }
}

function p95(timings) {
  const sorted = [...timings].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}

export async function run({ page, report, seedIfNeeded, reloadUntilReady }) {
  await seedIfNeeded(PEOPLE);

  await page.evaluate(() => window.__hallway.db.searchIndex.clear());
  await reloadUntilReady();
  report('search.indexReady.build.50k', await indexReadyAt(page));
  await page.evaluate(() => window.__hallwaySearch.flush());
  await reloadUntilReady();
  report('search.indexReady.restore.50k', await indexReadyAt(page));

  const cases = await page.evaluate(prepareQueries);

  const app = await page.evaluate(
    async ({ queries, limit }) => {
      const search = window.__hallwaySearch;
      for (const query of queries.slice(0, 20)) await search.search(query, limit);
      const timings = [];
      for (const query of queries) {
        const started = performance.now();
        const response = await search.search(query, limit);
        timings.push(performance.now() - started);
        if (!response.ready) throw new Error('the search index is not ready');
      }
      return timings;
    },
    { queries: cases.queries, limit: LIMIT },
  );
  report('search.p95.50k', p95(app));

  const naive = await page.evaluate((queries) => {
    const haystacks = window.__benchPeople.map((person) =>
      [
        person.displayName,
        person.nameReading,
        person.company,
        person.role,
        ...person.emails,
        ...person.interests,
        ...person.offers,
        ...person.asks,
        person.notes,
      ]
        .join('\n')
        .toLowerCase(),
    );
    const timings = [];
    for (const query of queries) {
      const started = performance.now();
      const needle = query.toLowerCase();
      const found = [];
      for (let i = 0; i < haystacks.length; i += 1)
        if (haystacks[i].includes(needle)) found.push(i);
      timings.push(performance.now() - started);
    }
    return timings;
  }, cases.queries);
  report('search.naive.p95.50k', p95(naive));

  await page.evaluate(await fuseBundle());
  const fuse = await page.evaluate(
    ({ queries, limit }) => {
      const Fuse = window.__benchFuse.default ?? window.__benchFuse;
      const index = new Fuse(window.__benchPeople, {
        keys: ['displayName', 'nameReading', 'company', 'role', 'emails', 'interests', 'notes'],
      });
      const timings = [];
      for (const query of queries) {
        const started = performance.now();
        index.search(query, { limit });
        timings.push(performance.now() - started);
      }
      return timings;
    },
    { queries: cases.queries.filter((_, i) => i % 8 === 0), limit: LIMIT },
  );
  report('search.fuse.p95.50k', p95(fuse));

  const shares = await page.evaluate(
    async ({ fullNames, typos }) => {
      const search = window.__hallwaySearch;
      let first = 0;
      for (const { id, query } of fullNames) {
        if ((await search.search(query, 10)).hits[0]?.id === id) first += 1;
      }
      let inTopTen = 0;
      for (const { id, query } of typos) {
        if ((await search.search(query, 10)).hits.some((hit) => hit.id === id)) inTopTen += 1;
      }
      return { top1: first / fullNames.length, typo: inTopTen / typos.length };
    },
    { fullNames: cases.fullNames, typos: cases.typos },
  );
  report('search.top1.50k', shares.top1, 'share');
  report('search.typo.50k', shares.typo, 'share');

  report(
    'search.workerHeapMB.50k',
    (await workerHeapBytes(page, 'search-worker')) / 1024 / 1024,
    'MB',
  );
}
