// Warm paths, "who can introduce me?": from the user to a person, a company or a topic, the best
// chains that start with someone the user knows (interactions > 0) and follow the network graph's
// ties. The user is not a node, so the search runs backwards from the targets: a breadth-first
// search, level by level, that keeps for every person the cheapest way on to a target among those
// with the fewest ties. Fewest hops first is then exact (a person's level is their hop count), and
// within a level the cost — the sum of -ln(strength) over the ties, plus the user's own tie to the
// introducer — ranks strong, recent chains first. People the user knows end a chain (they are its
// introducer, never a link in the middle: they would make a shorter chain of their own), and the
// search stops after the level at which enough introducers were found, or after MAX_TIES levels.
// A plain BFS with costs per level, rather than Dijkstra on a weighted graph, because it needs no
// heap, no virtual "user" node added to the shared graph, and it stops as soon as the answer is
// certain (docs/architecture.md, "Network").
import type { NetworkGraph, PersonNode, Tie } from './network-graph-types';
import { normaliseForSearch } from '../search/tokenise';

export type WarmPathTarget =
  | { kind: 'person'; personId: string }
  | { kind: 'company'; name: string }
  | { kind: 'topic'; key: string };

/** One tie of a chain, from the person nearer the user to the one nearer the target. */
export interface WarmPathStep {
  fromId: string;
  toId: string;
  tie: Tie;
}

export interface WarmPath {
  /** The person the user knows, who starts the chain. */
  introducerId: string;
  /** The introducer, the people in between and the target, in order. */
  personIds: string[];
  steps: WarmPathStep[];
  /** Hops from the user, the user's own tie to the introducer included. */
  hops: number;
  /** Lower is better: -ln of the chain's strengths multiplied together. */
  cost: number;
}

export interface WarmPaths {
  /** The live people the target stands for (one person, or everyone at the company/topic). */
  targetIds: string[];
  /** Target people the user already knows (the most lately met first): no introduction needed. */
  knownTargetIds: string[];
  /** Best first, each with a different introducer; empty when no one the user knows connects. */
  paths: WarmPath[];
}

export interface WarmPathOptions {
  now: number;
  /** At most this many chains (different introducers). */
  limit?: number;
  /** The graph's people by company and topic (indexTargets), to look targets up without a scan. */
  index?: TargetIndex;
}

/** Who is at each company (by folded name) and has each topic: built once per graph. */
export interface TargetIndex {
  companies: ReadonlyMap<string, readonly string[]>;
  topics: ReadonlyMap<string, readonly string[]>;
}

/** Ties followed after the introducer: user → introducer → … → target is at most MAX_TIES + 1 hops. */
export const MAX_TIES = 4;
const DEFAULT_LIMIT = 5;
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const WEAKEST = 1e-6;

export function findWarmPaths(
  graph: NetworkGraph,
  target: WarmPathTarget,
  { now, limit = DEFAULT_LIMIT, index }: WarmPathOptions,
): WarmPaths {
  const targetIds = index ? lookUpTargetIds(graph, target, index) : findTargetIds(graph, target);
  const knows = (id: string) => graph.getNodeAttribute(id, 'interactions') > 0;
  const knownTargetIds = targetIds.filter(knows).sort(byLastContact(graph));
  const start = targetIds.filter((id) => !knows(id));
  return { targetIds, knownTargetIds, paths: searchBackwards(graph, start, knows, now, limit) };
}

function byLastContact(graph: NetworkGraph) {
  return (a: string, b: string) =>
    graph.getNodeAttribute(b, 'lastContactAt') - graph.getNodeAttribute(a, 'lastContactAt') ||
    (a < b ? -1 : a > b ? 1 : 0);
}

/** The live people a target stands for: company by folded text, topic by key. */
export function findTargetIds(graph: NetworkGraph, target: WarmPathTarget): string[] {
  if (target.kind === 'person') return graph.hasNode(target.personId) ? [target.personId] : [];
  const wanted = target.kind === 'company' ? foldCompany(target.name) : target.key;
  if (wanted === '') return [];
  const matches =
    target.kind === 'company'
      ? (node: PersonNode) => foldCompany(node.company) === wanted
      : (node: PersonNode) => node.topics.includes(wanted);
  return graph.filterNodes((_id, node) => matches(node));
}

export function indexTargets(graph: NetworkGraph): TargetIndex {
  const companies = new Map<string, string[]>();
  const topics = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    const ids = map.get(key);
    if (ids) ids.push(id);
    else map.set(key, [id]);
  };
  graph.forEachNode((id, node) => {
    const company = foldCompany(node.company);
    if (company !== '') add(companies, company, id);
    for (const topic of node.topics) add(topics, topic, id);
  });
  return { companies, topics };
}

function lookUpTargetIds(graph: NetworkGraph, target: WarmPathTarget, index: TargetIndex) {
  if (target.kind === 'person') return findTargetIds(graph, target);
  const ids =
    target.kind === 'company'
      ? index.companies.get(foldCompany(target.name))
      : index.topics.get(target.key);
  return [...(ids ?? [])];
}

/** Company names compare case-, width- and accent-insensitively, spaces collapsed. */
export function foldCompany(name: string): string {
  return normaliseForSearch(name).replace(/\s+/gu, ' ').trim();
}

/** How strong the user's own tie to a person is, in (0, 1]: how often and how lately met. */
export function userTieStrength(node: PersonNode, now: number): number {
  const often = 1 - Math.exp(-node.interactions / 2);
  const age = Math.max(0, now - node.lastContactAt);
  const lately = node.lastContactAt > 0 ? Math.exp(-age / YEAR_MS) : 0;
  return Math.max(WEAKEST, often * (0.5 + 0.5 * lately));
}

const tieCost = (strength: number) => -Math.log(Math.max(WEAKEST, Math.min(1, strength)));

interface Reached {
  /** Cost from here to a target along the best chain with the fewest ties. */
  cost: number;
  /** The next person towards the target, and the tie to them; null at a target. */
  next: string | null;
  tie: Tie | null;
  /** The oldest piece of evidence on the way (the newer, the better among equals). */
  oldestAt: number;
}

function searchBackwards(
  graph: NetworkGraph,
  start: readonly string[],
  knows: (id: string) => boolean,
  now: number,
  limit: number,
): WarmPath[] {
  const reached = new Map<string, Reached>();
  for (const id of start) reached.set(id, { cost: 0, next: null, tie: null, oldestAt: Infinity });
  let frontier = [...start];
  const found: { id: string; hops: number; cost: number; oldestAt: number }[] = [];
  for (let ties = 1; ties <= MAX_TIES && frontier.length > 0 && found.length < limit; ties += 1) {
    const level = new Map<string, Reached>();
    for (const from of frontier) {
      const here = reached.get(from)!;
      graph.forEachEdge(from, (_edge, tie, source, target) => {
        const other = source === from ? target : source;
        if (reached.has(other)) return;
        const candidate: Reached = {
          cost: here.cost + tieCost(tie.strength),
          next: from,
          tie,
          oldestAt: Math.min(here.oldestAt, tie.lastAt),
        };
        const best = level.get(other);
        if (best === undefined || isBetter(candidate, best, from)) level.set(other, candidate);
      });
    }
    frontier = [];
    for (const [id, entry] of level) {
      reached.set(id, entry);
      if (!knows(id)) {
        frontier.push(id);
        continue;
      }
      const node = graph.getNodeAttributes(id);
      found.push({
        id,
        hops: ties + 1,
        cost: entry.cost + tieCost(userTieStrength(node, now)),
        oldestAt: Math.min(entry.oldestAt, node.lastContactAt),
      });
    }
  }
  found.sort(
    (a, b) =>
      a.hops - b.hops ||
      a.cost - b.cost ||
      b.oldestAt - a.oldestAt ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return found.slice(0, limit).map((entry) => chainFrom(entry, reached));
}

function isBetter(candidate: Reached, best: Reached, from: string): boolean {
  if (candidate.cost !== best.cost) return candidate.cost < best.cost;
  if (candidate.oldestAt !== best.oldestAt) return candidate.oldestAt > best.oldestAt;
  return from < (best.next ?? '');
}

function chainFrom(
  entry: { id: string; hops: number; cost: number },
  reached: ReadonlyMap<string, Reached>,
): WarmPath {
  const personIds = [entry.id];
  const steps: WarmPathStep[] = [];
  let at = reached.get(entry.id)!;
  while (at.next !== null && at.tie !== null) {
    steps.push({ fromId: personIds[personIds.length - 1], toId: at.next, tie: at.tie });
    personIds.push(at.next);
    at = reached.get(at.next)!;
  }
  return { introducerId: entry.id, personIds, steps, hops: entry.hops, cost: entry.cost };
}
