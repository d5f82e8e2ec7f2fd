// Importing a roster spreadsheet into an event's roster, in three steps the dialog drives:
// readRosterFile (bytes → decoded table and a suggested column mapping, Shift_JIS detected),
// previewRosterImport (rows → who is matched, who will be created, which rows cannot be read;
// people are looked up through the *emailKeys and *nameKeys indexes, never all people) and
// commitRosterImport (one transaction: new people, then their shifts through the repositories,
// so derived keys and volunteer figures stay right; all or nothing). Imported shifts are
// `confirmed`: an organizer's roster lists people who said yes.
import { LIVE } from '../../../shared/domain/entities';
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
import { createPerson } from '../../repositories/people-repository';
import { notFound } from '../../data/writes/write-error';
import { createShift } from '../../repositories/volunteer-shifts-repository';

export const ROSTER_SOURCE = 'import:roster';
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
  const { entries, rejected } = rosterEntries(mapped.records, {
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
    rejected: [...mapped.rejected, ...rejected].sort((a, b) => a.line - b.line),
  };
}

export interface RosterImportResult {
  shifts: number;
  newPeople: number;
}

export async function commitRosterImport(
  db: HallwayDatabase,
  eventId: string,
  plan: RosterImportPlan,
): Promise<RosterImportResult> {
  const toWrite = plan.rows.filter((row) => !row.alreadyOnRoster);
  return db.transaction('rw', [db.people, db.topics, db.events, db.volunteerShifts], async () => {
    const event = await db.events.get(eventId);
    if (!event || event.deletedAt !== LIVE) throw notFound('event', eventId);
    const created = new Map<string, string>();
    for (const row of toWrite) {
      if (row.who.kind !== 'new' || created.has(row.who.newKey)) continue;
      const person = await createPerson(db, { ...row.person, source: ROSTER_SOURCE });
      created.set(row.who.newKey, person.id);
    }
    for (const row of toWrite) {
      await createShift(db, {
        eventId,
        personId: row.who.kind === 'existing' ? row.who.personId : created.get(row.who.newKey)!,
        role: row.role,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        status: 'confirmed',
      });
    }
    return { shifts: toWrite.length, newPeople: created.size };
  });
}
