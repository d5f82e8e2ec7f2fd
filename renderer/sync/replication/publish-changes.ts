// The out direction's reader of the change feed (docs/sync.md): a persistent reader named `sync`,
// so compaction keeps what sync has not published. It lists the keys each table's writes changed
// since its position and publishes those rows to every space that carries the table. A table
// cleared by a restore ('reset'), or a feed compacted past the position, is published whole, and
// records of rows no longer stored become tombstones. A shared space reads its roster whenever one
// of its tables changed: a new shift brings its volunteer into the space though the person did not
// change. A space never published in full (a device with data before pairing, a space joined
// later) is published whole once.
import { SYNCED_TABLES, type SyncedTable } from '../../../shared/sync/synced-tables';
import { latestChangeSeq, readChangesSince } from '../../data/change-feed';
import type { HallwayDatabase } from '../../db/database';
import { publishKeys, publishMissing, publishTable, type PublishStep } from './publish-rows';
import { sharedSpaceMembers, type SpaceMembers } from './shared-space-members';
import type { SpacePlan } from './space-plan';

export interface FeedChanges {
  /** The sequence number read through. */
  through: number;
  /** Tables to publish whole. */
  whole: Set<SyncedTable>;
  keys: Map<SyncedTable, Set<string>>;
}

export async function readFeedChanges(db: HallwayDatabase, position: number): Promise<FeedChanges> {
  const newest = await latestChangeSeq(db);
  const { entries, complete } = await readChangesSince(db, position);
  // Entries compacted away could have listed any table: every table is published whole.
  const whole = new Set<SyncedTable>(complete ? [] : SYNCED_TABLES);
  // Publishing every table whole covers whatever was written before it: read through the newest.
  const through = complete ? position : Math.max(position, newest);
  const changes: FeedChanges = { through, whole, keys: new Map() };
  for (const entry of entries) {
    changes.through = Math.max(changes.through, entry.seq);
    if (entry.kind === 'reset') changes.whole.add(entry.table);
    let keys = changes.keys.get(entry.table);
    if (!keys) changes.keys.set(entry.table, (keys = new Set()));
    for (const key of entry.keys) keys.add(key);
  }
  return changes;
}

/** How many rows the changes ask to check (for the pending count). */
export const changedRowCount = (changes: FeedChanges): number =>
  [...changes.keys.values()].reduce((sum, keys) => sum + keys.size, 0);

const rosterOf = (db: HallwayDatabase, plan: SpacePlan): Promise<SpaceMembers> | null =>
  plan.space.kind === 'shared' ? sharedSpaceMembers(db, plan.space.series ?? '') : null;

const rosterTable = (members: SpaceMembers, table: SyncedTable): Set<string> =>
  members[table as keyof SpaceMembers] ?? new Set();

export async function publishSpaceChanges(
  step: PublishStep,
  plan: SpacePlan,
  changes: FeedChanges,
): Promise<void> {
  if (!plan.publishes) return;
  const touched = plan.tables.filter(
    (table) => changes.whole.has(table) || changes.keys.has(table),
  );
  if (touched.length === 0) return;
  const members = await rosterOf(step.context.db, plan);
  for (const table of members ? plan.tables : touched) {
    const changed = changes.keys.get(table) ?? new Set<string>();
    if (members) {
      const roster = rosterTable(members, table);
      const keys = [...new Set([...roster, ...changed])];
      await publishKeys(step, plan, table, keys, (key) => roster.has(key));
    } else if (changes.whole.has(table)) {
      await publishTable(step, plan, table);
    } else {
      await publishKeys(step, plan, table, [...changed]);
    }
    if (changes.whole.has(table)) await publishMissing(step, plan, table);
  }
}

/** Publishes every row the space carries (its first publish from this device). */
export async function publishSpaceWhole(step: PublishStep, plan: SpacePlan): Promise<void> {
  if (!plan.publishes) return;
  const members = await rosterOf(step.context.db, plan);
  for (const table of plan.tables) {
    if (!members) {
      await publishTable(step, plan, table);
      continue;
    }
    const roster = rosterTable(members, table);
    await publishKeys(step, plan, table, [...roster], (key) => roster.has(key));
  }
}
