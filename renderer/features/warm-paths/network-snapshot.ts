// The network graph as warm paths read it (without the ties of people met at the same events, which
// no chain follows: shared/network/build-warm-path-graph.ts), with the events' names and dates for
// the explanations.
// Loaded through a dynamic import only (graphology stays out of the first-start bundle) and built
// once per state of the data: kept while the change feed's newest entry stays the same.
import type { NetworkGraph } from '../../../shared/network/network-graph-types';
import type { NetworkEvent } from '../../../shared/network/network-source';
import { buildWarmPathGraph } from '../../../shared/network/build-warm-path-graph';
import { indexTargets, type TargetIndex } from '../../../shared/network/warm-paths';
import type { HallwayDatabase } from '../../db/database';
import { loadNetworkSource } from '../../repositories/network-source-repository';

export interface NetworkSnapshot {
  graph: NetworkGraph;
  events: ReadonlyMap<string, NetworkEvent>;
  /** Every company in the network, by folded name: how it is written, and how many work there. */
  companies: ReadonlyMap<string, { name: string; count: number }>;
  /** Who is at each company and has each topic, for warm paths' targets. */
  index: TargetIndex;
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
  const graph = buildWarmPathGraph(source, { now: builtAt });
  const index = indexTargets(graph);
  const companies = new Map(
    [...index.companies].map(([folded, ids]) => [
      folded,
      { name: graph.getNodeAttribute(ids[0], 'company').trim(), count: ids.length },
    ]),
  );
  const events = new Map(source.events.map((event) => [event.id, event]));
  return { graph, events, companies, index, builtAt };
}
