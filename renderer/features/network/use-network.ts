// The Network screen's data: the stored rows the graph is built from (read again when any of them
// changes), the graph itself, its communities and everyone's first position. Built here, once per
// change of the data; filters and focus work on the result without rebuilding it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Topic } from '../../../shared/domain/entities';
import { buildNetworkGraph } from '../../../shared/network/build-network-graph';
import type { NetworkGraph } from '../../../shared/network/network-graph-types';
import type { NetworkEvent } from '../../../shared/network/network-source';
import { useDatabase } from '../../app/database-context';
import { loadNetworkSource } from '../../repositories/network-source-repository';
import { detectCommunities, type Communities } from './communities';
import { placeByCommunity, type Placement } from './initial-placement';

export interface Network {
  graph: NetworkGraph;
  communities: Communities;
  /**
   * Where each person is: first placed by community, then wherever the last layout that showed
   * them left them, so a new filter starts from the picture the user saw.
   */
  positions: Map<string, Placement>;
  events: ReadonlyMap<string, NetworkEvent>;
  topics: readonly Topic[];
  builtAt: number;
}

export function useNetwork(): Network | undefined {
  const db = useDatabase();
  const stored = useLiveQuery(async () => {
    const [source, topics] = await Promise.all([loadNetworkSource(db), db.topics.toArray()]);
    return { source, topics, readAt: Date.now() };
  }, [db]);
  return useMemo(() => {
    if (!stored) return undefined;
    const builtAt = stored.readAt;
    const graph = buildNetworkGraph(stored.source, { now: builtAt });
    const communities = detectCommunities(graph);
    const ids = graph.nodes().sort();
    return {
      graph,
      communities,
      positions: placeByCommunity(ids, communities),
      events: new Map(stored.source.events.map((event) => [event.id, event])),
      topics: stored.topics,
      builtAt,
    };
  }, [stored]);
}
