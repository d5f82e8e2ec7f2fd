// What both directions of the replicator work with: this device's database, the spaces' plans,
// its clock, the documents (the transport creates and connects them) and the origin the replicator
// marks its own Yjs transactions with, so its observers skip what it set itself.
import type * as Y from 'yjs';
import type { HallwayDatabase } from '../../db/database';
import type { HybridClock } from './hybrid-clock';
import type { SpacePlan } from './space-plan';

export interface ReplicationContext {
  db: HallwayDatabase;
  plans: readonly SpacePlan[];
  clock: HybridClock;
  documentFor(name: string): Y.Doc;
  origin: object;
}
