// The source tables: what the user's data is. Everything else in the database is derived from
// these (docs/architecture.md, "Data flow"), local bookkeeping (the change feed, localState) or a
// worker's cache (the search index). Only the write services in renderer/data/ change them.
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
  WritablePerson,
} from '../../shared/domain/entities';
import type { IntroductionDismissal } from '../../shared/introductions/introduction-dismissal';
import type { DuplicateDismissal } from '../../shared/people/duplicate-dismissal';

export interface SourceRows {
  people: Person;
  events: HallwayEvent;
  interactions: Interaction;
  introductions: Introduction;
  followUps: FollowUp;
  volunteerShifts: VolunteerShift;
  topics: Topic;
  settings: Setting;
  introductionDismissals: IntroductionDismissal;
  duplicateDismissals: DuplicateDismissal;
  relationships: Relationship;
}

export type SourceTable = keyof SourceRows;

/** What a write hands over: people without their derived fields (the row deriver adds them). */
export type WritableRows = Omit<SourceRows, 'people'> & { people: WritablePerson };

export const SOURCE_TABLES = [
  'people',
  'events',
  'interactions',
  'introductions',
  'followUps',
  'volunteerShifts',
  'topics',
  'settings',
  'introductionDismissals',
  'duplicateDismissals',
  'relationships',
] as const satisfies readonly SourceTable[];

/** Each source table's primary key: its rows never change it (ids are stable, for sync). */
export function keyOf<T extends SourceTable>(table: T, row: SourceRows[T]): string {
  switch (table) {
    case 'topics':
    case 'settings':
      return (row as Topic | Setting).key;
    case 'introductionDismissals':
    case 'duplicateDismissals':
      return (row as IntroductionDismissal | DuplicateDismissal).pairKey;
    default:
      return (row as { id: string }).id;
  }
}
