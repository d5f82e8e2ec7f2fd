// The network graph as warm paths need it: every person and every tie but "met at the same event".
// Both ends of such a tie are people the user met, and a warm path ends at the first person the
// user knows (warm-paths.ts), so no chain ever follows one; at 50,000 sample people they are about
// 880,000 of 900,000 ties and most of the build's time and memory. Each person's events (for "you
// met Aoi at RustFest 2025") are still set, from the meetings directly.
import { LIVE } from '../domain/entities';
import { buildNetworkGraph, type BuildNetworkGraphOptions } from './build-network-graph';
import type { NetworkGraph } from './network-graph-types';
import type { NetworkSource } from './network-source';

export function buildWarmPathGraph(
  source: NetworkSource,
  options: BuildNetworkGraphOptions,
): NetworkGraph {
  const graph = buildNetworkGraph({ ...source, meetings: [] }, options);
  const liveEvents = new Set(
    source.events.filter((event) => event.deletedAt === LIVE).map((event) => event.id),
  );
  for (const { eventId, personId } of source.meetings) {
    if (!liveEvents.has(eventId) || !graph.hasNode(personId)) continue;
    graph.getNodeAttributes(personId).eventIds.push(eventId);
  }
  return graph;
}
