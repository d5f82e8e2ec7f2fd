// Reading a backup file before anything is written: the text must be a complete dexie-export-import
// export of Hallway's database, at a schema version this app knows (the same or older), listing
// only tables that version had. Each way a file can fail to be one becomes a problem the UI names
// in the user's language; the database is never touched on the way. The whole file is parsed here
// (not only its header), so a truncated download is caught before the restore starts, and its rows
// come out revived (revive-backup-row.ts), ready to be written.
import { reviveBackupRow } from './revive-backup-row';

export type BackupProblem =
  'empty' | 'not-json' | 'truncated' | 'foreign' | 'newer-version' | 'damaged';

export interface BackupSchema {
  /** The database name a Hallway export carries ('hallway'). */
  databaseName: string;
  currentVersion: number;
  /** The tables of the schema at `version`, or null for a version that never existed. */
  tablesAt(version: number): ReadonlySet<string> | null;
}

export interface BackupTable {
  name: string;
  rows: readonly unknown[];
}

export interface ParsedBackup {
  version: number;
  tables: readonly BackupTable[];
}

export type ParseBackupResult =
  { ok: true; backup: ParsedBackup } | { ok: false; problem: BackupProblem; detail?: string };

interface DexieExport {
  formatName?: unknown;
  data?: {
    databaseName?: unknown;
    databaseVersion?: unknown;
    tables?: unknown;
    data?: unknown;
  };
}

interface TableListing {
  name: string;
  rowCount: number;
}

interface TableData {
  tableName: string;
  inbound: boolean;
  rows: unknown[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isListing = (value: unknown): value is TableListing =>
  isObject(value) && typeof value.name === 'string' && typeof value.rowCount === 'number';

const isTableData = (value: unknown): value is TableData =>
  isObject(value) &&
  typeof value.tableName === 'string' &&
  typeof value.inbound === 'boolean' &&
  Array.isArray(value.rows);

/** The start of a dexie-export-import file: what a cut-off backup still shows. */
const DEXIE_EXPORT_START = /^\s*\{\s*"formatName"\s*:\s*"dexie"/;

function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: BackupProblem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, problem: DEXIE_EXPORT_START.test(text) ? 'truncated' : 'not-json' };
  }
}

export function parseBackup(text: string, schema: BackupSchema): ParseBackupResult {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  const parsed = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok) return parsed;
  const file = parsed.value as DexieExport;
  if (!isObject(file) || file.formatName !== 'dexie' || !isObject(file.data)) {
    return { ok: false, problem: 'foreign' };
  }
  const { databaseName, databaseVersion, tables, data } = file.data;
  if (databaseName !== schema.databaseName || !Array.isArray(tables) || !Array.isArray(data)) {
    return { ok: false, problem: 'foreign' };
  }
  if (typeof databaseVersion !== 'number' || !Number.isInteger(databaseVersion)) {
    return { ok: false, problem: 'foreign' };
  }
  if (databaseVersion > schema.currentVersion) {
    return { ok: false, problem: 'newer-version', detail: String(databaseVersion) };
  }
  const known = schema.tablesAt(databaseVersion);
  if (known === null || !tables.every(isListing)) return { ok: false, problem: 'foreign' };
  const unknown = tables.find((table) => !known.has(table.name));
  if (unknown || !tables.some((table) => table.name === 'people')) {
    return { ok: false, problem: 'foreign', detail: unknown?.name };
  }
  return readTables(databaseVersion, tables, data);
}

function readTables(
  version: number,
  listings: readonly TableListing[],
  data: readonly unknown[],
): ParseBackupResult {
  const byName = new Map<string, TableData>();
  for (const table of data) {
    if (!isTableData(table) || !table.inbound) return { ok: false, problem: 'damaged' };
    byName.set(table.tableName, table);
  }
  const backupTables: BackupTable[] = [];
  for (const { name, rowCount } of listings) {
    const stored = byName.get(name)?.rows ?? [];
    if (stored.length !== rowCount) return { ok: false, problem: 'damaged', detail: name };
    const rows: Record<string, unknown>[] = [];
    for (const row of stored) {
      const revived = isObject(row) ? reviveBackupRow(row) : null;
      if (revived === null) return { ok: false, problem: 'damaged', detail: name };
      rows.push(revived);
    }
    backupTables.push({ name, rows });
  }
  if (byName.size > listings.length) return { ok: false, problem: 'damaged' };
  return { ok: true, backup: { version, tables: backupTables } };
}

/** The number of rows of a table in the backup (0 when it has none). */
export function backupRowCount(backup: ParsedBackup, table: string): number {
  return backup.tables.find((candidate) => candidate.name === table)?.rows.length ?? 0;
}
