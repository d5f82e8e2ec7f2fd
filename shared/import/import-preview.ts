// What an import shows the user before anything is written, as plain data that crosses from the
// import worker to the page by structured clone. Every row of the file is accounted for: a planned
// row (create, merge or skip, with the match that explains a merge) or an invalid row with its line
// and reason code. Failures of the whole file are values too; the UI words every reason code.
import type { TextEncodingName } from './decode-text';
import type { ImportFormat } from './detect-format';
import type { ColumnMapping } from './formats/generic-csv';
import type { ImportRecord, RejectedRow, WarningReason } from './import-record';
import type { CsvRow } from './read-csv';

export type ImportDecision = 'create' | 'merge' | 'skip';

/** How a row was found to be someone already known, strongest first. */
export type MatchedBy = 'email' | 'profile-url' | 'name' | 'reading';

/** Who a row merges into: a person already in the database, or an earlier row of the file. */
export type MatchTarget =
  | { target: 'person'; personId: string; displayName: string }
  | { target: 'row'; line: number; displayName: string };

export type ImportMatch = MatchTarget & {
  matchedBy: MatchedBy;
  /** What matched, as written on the person matched (an e-mail, a URL, a name or a reading). */
  value: string;
};

export interface PlannedRow extends ImportRecord {
  decision: ImportDecision;
  match?: ImportMatch;
  /** Merging would change nothing (the same file imported again): skipped by default. */
  upToDate: boolean;
}

export type InvalidRow = RejectedRow;

export interface ImportCounts {
  create: number;
  merge: number;
  skip: number;
  invalid: number;
}

export type ImportFailureReason =
  | 'empty'
  | 'header-only'
  | 'binary'
  | 'unbalanced-quotes'
  | 'stray-quote'
  | 'too-many-columns'
  | 'cell-too-long'
  | 'undecodable'
  | 'too-large'
  | 'no-rows'
  | 'unreadable';

export interface ImportFailure {
  kind: 'failure';
  reason: ImportFailureReason;
  /** Where the problem is, for header-only, unbalanced-quotes, stray-quote and the shape limits. */
  line?: number;
  /** The column at fault, for too-many-columns and cell-too-long (see shared/import/read-csv). */
  column?: number;
}

interface DecodedFile {
  encoding: TextEncodingName;
  /** 1 when a BOM or the user chose it; lower when inferred from the bytes. */
  confidence: number;
}

/** A CSV from no tool Hallway knows: the user confirms or changes the suggested mapping. */
export interface ImportNeedsMapping extends DecodedFile {
  kind: 'needs-mapping';
  headers: string[];
  /** The first rows, for the mapping step to show. */
  sampleRows: CsvRow[];
  mapping: ColumnMapping;
}

export interface ImportPreview extends DecodedFile {
  kind: 'preview';
  format: ImportFormat;
  rows: PlannedRow[];
  invalid: InvalidRow[];
  warnings: { line: number; reason: WarningReason; value: string }[];
  counts: ImportCounts;
  /**
   * The rows carry attendance (Meetup, Luma, connpass): attached to an event by default. A plain
   * CSV may list who came too, but it is taken for contacts: the user may still pick an event.
   */
  isAttendeeList: boolean;
  /** The rows carry volunteer roles or shifts (a roster): offer to attach them to an event. */
  isVolunteerRoster: boolean;
  /** What the file says about its event: the earliest check-in, as a hint for its date. */
  eventHint?: { startsAt: number };
}

export interface ImportCancelled {
  kind: 'cancelled';
}

export type ImportPreviewResult =
  ImportFailure | ImportNeedsMapping | ImportPreview | ImportCancelled;

export interface ImportProgress {
  phase: 'reading' | 'matching' | 'writing';
  done: number;
  total: number;
}

/** The counts of a preview's decisions (the user's changes applied). */
export function countDecisions(
  rows: readonly PlannedRow[],
  invalid: number,
  decisions: ReadonlyMap<number, ImportDecision> = new Map(),
): ImportCounts {
  const counts: ImportCounts = { create: 0, merge: 0, skip: 0, invalid };
  for (const row of rows) counts[decisions.get(row.line) ?? row.decision]++;
  return counts;
}
