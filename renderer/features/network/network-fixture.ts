// Hand-made networks for the map's tests, built the way the app builds them (buildNetworkGraph)
// from a few people and the relationships, introductions and events that tie them.
import { LIVE, type RelationshipKind } from '../../../shared/domain/entities';
import { buildNetworkGraph } from '../../../shared/network/build-network-graph';
import type { NetworkGraph } from '../../../shared/network/network-graph-types';
import type { NetworkPerson, NetworkSource } from '../../../shared/network/network-source';

export const FIXTURE_NOW = Date.UTC(2026, 11, 1);

export function fixturePerson(id: string, fields: Partial<NetworkPerson> = {}): NetworkPerson {
  return {
    id,
    displayName: id,
    company: '',
    interests: [],
    offers: [],
    asks: [],
    lastContactAt: 0,
    deletedAt: LIVE,
    ...fields,
  };
}

/** People by id, and relationships as [from, to, kind?] triples. */
export function fixtureNetwork(
  people: readonly NetworkPerson[],
  ties: readonly [string, string, RelationshipKind?][],
  extra: Partial<NetworkSource> = {},
): NetworkGraph {
  return buildNetworkGraph(
    {
      people,
      interactionCounts: new Map(),
      meetings: [],
      events: [],
      introductions: [],
      relationships: ties.map(([fromId, toId, kind = 'knows']) => ({
        id: `${fromId}-${toId}`,
        fromId,
        toId,
        kind,
        until: null,
        updatedAt: FIXTURE_NOW,
        deletedAt: LIVE,
      })),
      ...extra,
    },
    { now: FIXTURE_NOW },
  );
}
