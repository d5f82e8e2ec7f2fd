// The shape of the network graph (docs/architecture.md, "Network"): one node per live person, one
// undirected edge per pair of people the data ties together, keyed by the pair. Built from the
// stored rows by build-network-graph.ts; the map, warm paths and event prep read it, never the
// tables. The user is not a node: how well the user knows each person is on the node itself.
import type Graph from 'graphology';
import type { IntroductionStatus, RelationshipKind } from '../domain/entities';

export interface PersonNode {
  /** The person's display name. */
  label: string;
  company: string;
  /** Topic keys of the person's interests, offers and asks, without repeats. */
  topics: string[];
  /** How many live interactions the user has logged with the person. */
  interactions: number;
  /** The live events at which the user met the person (interactions with an eventId). */
  eventIds: string[];
  /** The newest interaction's time; 0 when the user never logged one. */
  lastContactAt: number;
}

/** A relationship the user stated (shared/domain/entities Relationship), as it shows on a tie. */
export interface StatedRelationship {
  id: string;
  kind: RelationshipKind;
  fromId: string;
  toId: string;
}

/** What ties two people together: every piece of evidence, and how strong it makes the tie. */
export interface Tie {
  relationships: StatedRelationship[];
  /** The user's introduction of the two to each other, once made (or connected). */
  introduction: { id: string; status: IntroductionStatus; madeAt: number } | null;
  /** The live events at which the user met both of them. */
  sharedEventIds: string[];
  /** The newest piece of evidence's time (event start, introduction, relationship update). */
  lastAt: number;
  /** In (0, 1]: how strong the tie is, from its kinds and how recent it is. */
  strength: number;
}

export type NetworkGraph = Graph<PersonNode, Tie>;
