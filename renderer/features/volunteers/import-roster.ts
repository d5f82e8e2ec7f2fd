// Importing a roster spreadsheet into an event's roster, in three steps the dialog drives:
// readRosterFile (bytes → decoded table and a suggested column mapping, Shift_JIS detected),
// previewRosterImport (rows → who is matched, who will be created, which rows cannot be read;
// people are looked up through the *emailKeys and *nameKeys indexes, never all people) and
// commitRosterImport (data/writes/roster-import-writes: one write, all or nothing).
import { decodeText, type TextEncodingName } from '../../../shared/import/decode-text';
import {
  mapGenericRows,
  suggestColumnMapping,
  type ColumnMapping,
} from '../../../shared/import/formats/generic-csv';
import { readCsv, type CsvFailure, type CsvTable } from '../../../shared/import/read-csv';
import type { ZonedCalendar } from '../../../shared/follow-ups/zoned-calendar';
import type { RoleDefinition } from '../../../shared/volunteers/roles';
import {
  lookupKeysOf,
  planRosterImport,
  rosterEntries,
  type MatchCandidate,
  type RosterImportPlan,
} from '../../../shared/volunteers/roster-import-plan';
import type { HallwayDatabase } from '../../db/database';
import { separateInvalidPeople } from '../../data/writes/person-draft-check';
import { notFound } from '../../data/writes/write-error';
const DEFAULT_SHIFT_MS = 2 * 3_600_000;

export type RosterFile =
  | { ok: true; table: CsvTable; mapping: ColumnMapping; encoding: TextEncodingName }
  | { ok: false; error: 'empty' | 'binary' | 'vcard' }
  | CsvFailure;

export function readRosterFile(bytes: Uint8Array): RosterFile {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  if (/^\s*BEGIN:VCARD/i.test(decoded.text)) return { ok: false, error: 'vcard' };
  const table = readCsv(decoded.text);
  if (!table.ok) return table;
  return {
    ok: true,
    table,
    mapping: suggestColumnMapping(table.headers),
    encoding: decoded.encoding,
  };
}

async function candidatesFor(
  db: HallwayDatabase,
  emailKeys: string[],
  nameKeys: string[],
): Promise<MatchCandidate[]> {
  const [byEmail, byName] = await Promise.all([
    emailKeys.length === 0 ? [] : db.people.where('emailKeys').anyOf(emailKeys).toArray(),
    nameKeys.length === 0 ? [] : db.people.where('nameKeys').anyOf(nameKeys).toArray(),
  ]);
  const unique = new Map([...byEmail, ...byName].map((person) => [person.id, person]));
  return [...unique.values()];
}

export async function previewRosterImport(
  db: HallwayDatabase,
  eventId: string,
  table: CsvTable,
  mapping: ColumnMapping,
  roles: readonly RoleDefinition[],
  calendar: ZonedCalendar,
): Promise<RosterImportPlan> {
  const event = await db.events.get(eventId);
  if (!event) throw notFound('event', eventId);
  const mapped = mapGenericRows(table.rows, mapping);
  // Rows the person form would refuse are not importable (person-draft-check).
  const checked = separateInvalidPeople(mapped.records);
  const { entries, rejected } = rosterEntries(checked.valid, {
    eventDate: calendar.dayKey(event.startsAt),
    timeZone: calendar.timeZone,
    eventStartsAt: event.startsAt,
    eventEndsAt: event.endsAt ?? event.startsAt + DEFAULT_SHIFT_MS,
    roles,
  });
  const keys = entries.map((entry) => lookupKeysOf(entry.person));
  const [candidates, eventShifts] = await Promise.all([
    candidatesFor(
      db,
      [...new Set(keys.flatMap((key) => key.emailKeys))],
      [...new Set(keys.flatMap((key) => key.nameKeys))],
    ),
    db.volunteerShifts.where('eventId').equals(eventId).toArray(),
  ]);
  return {
    rows: planRosterImport(entries, candidates, eventShifts),
    rejected: [...mapped.rejected, ...checked.rejected, ...rejected].sort(
      (a, b) => a.line - b.line,
    ),
  };
}
