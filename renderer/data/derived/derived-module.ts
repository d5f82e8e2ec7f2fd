// One module per derived table or derived field (docs/architecture.md, "Derived data"): *apply*
// keeps it in step with the source rows a write changed, inside that write's transaction; *rebuild*
// computes it from all source rows at once, in memory, for a start-up whose derived data is stale
// or of an older format, and after bulk writes (restore, sample data).
import type {
  Interaction,
  Introduction,
  Person,
  VolunteerShift,
} from '../../../shared/domain/entities';
import type { WriteTransaction } from '../write-transaction';

export const DERIVED_TABLES = [
  'latestInteractions',
  'unansweredMeetings',
  'contactDue',
  'contactDueByDate',
  'eventMeetings',
  'unansweredIntroductions',
  'volunteerFigures',
  'volunteerStandings',
  'queueWeekCounts',
] as const;

export type DerivedTable = (typeof DERIVED_TABLES)[number];

/** Every source row a rebuild derives from, read once. */
export interface SourceSnapshot {
  people: Person[];
  interactions: Interaction[];
  introductions: Introduction[];
  volunteerShifts: VolunteerShift[];
}

export type DerivedRows = Partial<Record<DerivedTable, readonly unknown[]>>;

export interface RebuildResult {
  /** The complete contents of the module's derived tables. */
  tables?: DerivedRows;
  /** People whose derived fields changed: written back, and what later modules see. */
  people?: readonly Person[];
}

export interface DerivedModule {
  name: string;
  /** The derived tables it owns (cleared and refilled by a rebuild). */
  tables: readonly DerivedTable[];
  /** Follows the source changes of `write` (write.changes), inside its transaction. */
  apply(write: WriteTransaction): Promise<void>;
  /** Its tables from every source row; `built` holds what the modules before it rebuilt. */
  rebuild(sources: SourceSnapshot, built: DerivedRows): RebuildResult;
}
