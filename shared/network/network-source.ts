// What the network graph is built from: the live rows of the tables that tie people together, as
// renderer/repositories/network-source-repository.ts reads them. Only the fields the graph needs,
// so a caller with rows in hand (a test, a benchmark, a worker) can pass them as they are.
import type { HallwayEvent, Introduction, Person, Relationship } from '../domain/entities';
import type { EventMeeting } from '../follow-ups/upcoming-event-rule';

export type NetworkPerson = Pick<
  Person,
  'id' | 'displayName' | 'company' | 'interests' | 'offers' | 'asks' | 'lastContactAt' | 'deletedAt'
>;

export type NetworkEvent = Pick<HallwayEvent, 'id' | 'name' | 'series' | 'startsAt' | 'deletedAt'>;

export type NetworkRelationship = Pick<
  Relationship,
  'id' | 'fromId' | 'toId' | 'kind' | 'until' | 'updatedAt' | 'deletedAt'
>;

export type NetworkIntroduction = Pick<
  Introduction,
  'id' | 'aId' | 'bId' | 'status' | 'madeAt' | 'deletedAt'
>;

export interface NetworkSource {
  people: readonly NetworkPerson[];
  /** How many live interactions the user logged with each person (absent: none). */
  interactionCounts: ReadonlyMap<string, number>;
  /** Who the user met at which event: live meetings (the derived eventMeetings table). */
  meetings: readonly EventMeeting[];
  events: readonly NetworkEvent[];
  relationships: readonly NetworkRelationship[];
  introductions: readonly NetworkIntroduction[];
}
