// Warm paths, "who can introduce me?" (issue 15), in the page, on the 50,000-person sample data:
// the network source read from the app's database (renderer/repositories), then people the user
// has never met added to it in bulk with their relationships (every seeded person has at least one
// interaction, so without them every company would be "already known" and no chain searched), the
// graph built once (as the app builds it for warm paths: shared/network/build-warm-path-graph.ts),
// and warm paths found to 115 different companies, `runs` times over. The strangers live only in
// the source in memory, so the stored profile stays as other benchmarks expect it.
// - paths.p95.50k: findWarmPaths to one company (its members looked up in the graph's target
//   index, built once with the graph as the app does), p95 of every search of every round.
// - the graph's size and build time (the index included) go to stderr.
import { bundleForPage } from '../page-bundle.mjs';

export const name = 'warm-paths';

const PEOPLE = 50_000;
/** People the user never met, at STRANGER_COMPANIES companies, with ties among themselves. */
const STRANGERS = 5_000;
const STRANGER_COMPANIES = 100;
/** Companies whose people know only each other: no chain, the search's worst case. */
const ISLANDS = 5;
/** Seeded companies (everyone there already known) measured too. */
const SEEDED_COMPANIES = 10;

function warmPathsBundle() {
  return bundleForPage(
    `
        export { loadNetworkSource } from './renderer/repositories/network-source-repository';
        export { buildWarmPathGraph } from './shared/network/build-warm-path-graph';
        export { findWarmPaths, indexTargets } from './shared/network/warm-paths';`,
    '__benchWarmPaths',
  );
}

/** Runs in the page: adds the strangers to the stored source, builds the graph, times the paths. */
async function measure({ strangers, strangerCompanies, islands, seededCompanies, runs }) {
  const { loadNetworkSource, buildWarmPathGraph, findWarmPaths, indexTargets } =
    window.__benchWarmPaths;
  let state = 20_261_207;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];

  const readStarted = performance.now();
  const source = await loadNetworkSource(window.__hallway.db);
  const readMs = performance.now() - readStarted;
  const now = Date.now();
  const seeded = source.people;
  const people = [...seeded];
  const relationships = [...source.relationships];
  const strangerIds = [];
  const islandMembers = new Map();
  for (let i = 0; i < strangers; i++) {
    const island = i < islands * 20 ? i % islands : -1;
    const company = island >= 0 ? `Island Co ${island}` : `Warm Path Co ${i % strangerCompanies}`;
    const person = {
      id: `stranger-${i}`,
      displayName: `Stranger ${i}`,
      company,
      interests: [],
      offers: [],
      asks: [],
      lastContactAt: 0,
      deletedAt: 0,
    };
    people.push(person);
    if (island >= 0) islandMembers.set(island, [...(islandMembers.get(island) ?? []), person.id]);
    else strangerIds.push(person.id);
  }
  const relate = (fromId, toId, kind) =>
    relationships.push({
      id: `bench-${relationships.length}`,
      fromId,
      toId,
      kind,
      until: null,
      updatedAt: now - Math.floor(random() * 3 * 365 * 864e5),
      deletedAt: 0,
    });
  for (const id of strangerIds) {
    if (random() < 0.2) relate(pick(seeded).id, id, 'knows');
    for (let k = 0; k < 3; k++) relate(id, pick(strangerIds), k === 0 ? 'works-with' : 'knows');
  }
  for (const members of islandMembers.values()) {
    for (const id of members) relate(id, pick(members), 'works-with');
  }

  const buildStarted = performance.now();
  const graph = buildWarmPathGraph({ ...source, people, relationships }, { now });
  const index = indexTargets(graph);
  const buildMs = performance.now() - buildStarted;

  const companies = [
    ...Array.from({ length: strangerCompanies }, (_, i) => `warm path co ${i}`),
    ...Array.from({ length: islands }, (_, i) => `ISLAND CO ${i}`),
    ...[...new Set(seeded.map((person) => person.company))].slice(0, seededCompanies),
  ];
  findWarmPaths(graph, { kind: 'company', name: companies[0] }, { now, index });
  const times = [];
  let chains = 0;
  let none = 0;
  for (let round = 0; round < runs; round++) {
    for (const company of companies) {
      const started = performance.now();
      const { paths } = findWarmPaths(graph, { kind: 'company', name: company }, { now, index });
      times.push(performance.now() - started);
      if (round > 0) continue;
      chains += paths.length;
      if (paths.length === 0) none += 1;
    }
  }
  return {
    times,
    readMs,
    buildMs,
    nodes: graph.order,
    edges: graph.size,
    companies: companies.length,
    chains,
    none,
  };
}

function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

export async function run({ page, report, seedIfNeeded, runs }) {
  await seedIfNeeded(PEOPLE);
  await page.evaluate(await warmPathsBundle());
  const result = await page.evaluate(measure, {
    strangers: STRANGERS,
    strangerCompanies: STRANGER_COMPANIES,
    islands: ISLANDS,
    seededCompanies: SEEDED_COMPANIES,
    runs,
  });
  console.error(
    `warm-paths: source read in ${Math.round(result.readMs)} ms; graph of ${result.nodes} people ` +
      `and ${result.edges} ties built in ${Math.round(result.buildMs)} ms; ${result.companies} ` +
      `companies, ${result.chains} chains, ${result.none} without any; ${result.times.length} ` +
      `searches, median ` +
      `${percentile(result.times, 0.5).toFixed(1)} ms, max ${Math.max(...result.times).toFixed(1)} ms`,
  );
  report('paths.p95.50k', percentile(result.times, 0.95));
}
