// The network graph as warm paths read it, with the events' names and dates for the explanations.
// Loaded through a dynamic import only (graphology stays out of the first-start bundle) and built
// once per state of the data: kept while the change feed's newest entry stays the same.
import type { NetworkGraph } from '../../../shared/network/network-graph-types';
import type { NetworkEvent } from '../../../shared/network/network-source';
import { buildNetworkGraph } from '../../../shared/network/build-network-graph';
import { foldCompany } from '../../../shared/network/warm-paths';
import type { HallwayDatabase } from '../../db/database';
import { loadNetworkSource } from '../../repositories/network-source-repository';

export interface NetworkSnapshot {
  graph: NetworkGraph;
  events: ReadonlyMap<string, NetworkEvent>;
  /** Every company in the network, by folded name: how it is written, and how many work there. */
  companies: ReadonlyMap<string, { name: string; count: number }>;
  builtAt: number;
}

let cached: { db: HallwayDatabase; seq: number; snapshot: Promise<NetworkSnapshot> } | null = null;

export function loadNetworkSnapshot(db: HallwayDatabase, seq: number): Promise<NetworkSnapshot> {
  if (cached?.db === db && cached.seq === seq) return cached.snapshot;
  const snapshot = buildSnapshot(db);
  cached = { db, seq, snapshot };
  snapshot.catch(() => {
    if (cached?.snapshot === snapshot) cached = null;
  });
  return snapshot;
}

async function buildSnapshot(db: HallwayDatabase): Promise<NetworkSnapshot> {
  const source = await loadNetworkSource(db);
  const builtAt = Date.now();
  const graph = buildNetworkGraph(source, { now: builtAt });
  const companies = new Map<string, { name: string; count: number }>();
  graph.forEachNode((_id, { company }) => {
    const folded = foldCompany(company);
    if (folded === '') return;
    const known = companies.get(folded);
    if (known) known.count += 1;
    else companies.set(folded, { name: company.trim(), count: 1 });
  });
  return { graph, events: new Map(source.events.map((e) => [e.id, e])), companies, builtAt };
}
