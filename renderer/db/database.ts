// The Dexie database: the single source of truth for persisted data (docs/architecture.md, "Data").
// Components read it through feature hooks (useLiveQuery); writes go through the write services
// (renderer/data/writes).
import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  FollowUp,
  HallwayEvent,
  Interaction,
  Introduction,
  Person,
  Relationship,
  Setting,
  Topic,
  VolunteerShift,
} from '../../shared/domain/entities';
import type { IntroductionDismissal } from '../../shared/introductions/introduction-dismissal';
import type { DuplicateDismissal } from '../../shared/people/duplicate-dismissal';
import type { PersistedSearchIndexRow } from '../../shared/search/persisted-search-index';
import type { VolunteerRecord } from '../../shared/volunteers/volunteer-record';
import type { VolunteerStandings } from '../../shared/volunteers/volunteer-standings';
import type { ContactDueRow } from '../../shared/follow-ups/keep-in-touch-rule';
import type {
  LatestInteraction,
  UnansweredMeeting,
} from '../../shared/follow-ups/latest-interaction';
import type { UnansweredIntroduction } from '../../shared/follow-ups/introduction-check-in-rule';
import type { QueueWeekCount } from '../../shared/follow-ups/queue-week-counts';
import type { EventMeeting } from '../../shared/follow-ups/upcoming-event-rule';
import type { SyncDocumentRecord, SyncRowRecord } from '../../shared/sync/synced-entry';
import type { ChangeEntry } from '../data/change-feed';
import type { LocalStateRow } from '../data/local-state';
import { migrations } from './migrations';
import type { Migration } from './migrations/migration';
import { closeWhenReplaced } from './other-windows';

export const DEFAULT_DATABASE_NAME = 'hallway';

export class HallwayDatabase extends Dexie {
  people!: EntityTable<Person, 'id'>;
  events!: EntityTable<HallwayEvent, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  introductions!: EntityTable<Introduction, 'id'>;
  followUps!: EntityTable<FollowUp, 'id'>;
  volunteerShifts!: EntityTable<VolunteerShift, 'id'>;
  topics!: EntityTable<Topic, 'key'>;
  settings!: EntityTable<Setting, 'key'>;
  searchIndex!: Table<PersistedSearchIndexRow, string>;
  introductionDismissals!: EntityTable<IntroductionDismissal, 'pairKey'>;
  duplicateDismissals!: EntityTable<DuplicateDismissal, 'pairKey'>;
  relationships!: EntityTable<Relationship, 'id'>;
  /** Derived, kept on write: each volunteer's figures and name. */
  volunteerFigures!: EntityTable<VolunteerRecord, 'personId'>;
  /** Derived, kept on write: every volunteer's standing, in a few records. */
  volunteerStandings!: EntityTable<VolunteerStandings, 'key'>;
  /** Derived, kept on write: each live person's keep-in-touch due date. */
  contactDue!: EntityTable<ContactDueRow, 'personId'>;
  /** Derived, kept on write: contactDue keyed by [dueAt, personId], for the Today view. */
  contactDueByDate!: Table<ContactDueRow, [number, string]>;
  /** Derived, kept on write: each person's newest live interaction. */
  latestInteractions!: EntityTable<LatestInteraction, 'personId'>;
  /** Derived, kept on write: people whose newest interaction is a meeting, by [at, personId]. */
  unansweredMeetings!: Table<UnansweredMeeting, [number, string]>;
  /** Derived, kept on write: introductions made awaiting an outcome, by [at, id]. */
  unansweredIntroductions!: Table<UnansweredIntroduction, [number, string]>;
  /** Derived, kept on write: how many rows each of those three queues holds per week. */
  queueWeekCounts!: Table<QueueWeekCount, [string, number]>;
  /** Derived, kept on write: who was met at each event, one row per pair. */
  eventMeetings!: Table<EventMeeting, [string, string]>;
  /** The local change feed (renderer/data/change-feed), by sequence number. */
  changes!: Table<ChangeEntry, number>;
  /** This device's bookkeeping: derived data format, feed readers' positions. */
  localState!: Table<LocalStateRow, string>;
  /** Sync's record of each row's entry per space (docs/sync.md); never backed up or synced. */
  syncRows!: Table<SyncRowRecord, string>;
  /** Each synced Yjs document's saved state, written outside the write path (docs/sync.md). */
  syncDocuments!: Table<SyncDocumentRecord, string>;

  /** Called when an older database starts being upgraded to `versions` (see open-database). */
  onUpgrade?: () => void;

  constructor(name: string = DEFAULT_DATABASE_NAME, versions: readonly Migration[] = migrations) {
    super(name);
    for (const migration of versions) this.version(migration.version).stores(migration.stores);
    // Dexie runs the newest version's upgrade function whenever it upgrades an older database
    // (never for a new one): the moment to say so. No version moves data (see migration.ts).
    const newest = versions.at(-1);
    if (newest) this.version(newest.version).upgrade(() => this.onUpgrade?.());
    closeWhenReplaced(this);
  }
}

export const CURRENT_SCHEMA_VERSION = migrations[migrations.length - 1].version;
