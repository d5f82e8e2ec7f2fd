// An organizer's roster spreadsheet (mapped by the generic CSV mapper into person drafts with a
// role and a shift time) → what importing it into one event will do, row by row, before anything
// is written. Decisions:
// - The role is read as the organizer's role list or a default role names it (受付 is reception);
//   a role nobody defined is kept as written, as a hand-typed roster role is. A row without a role
//   is rejected: a shift must say what the person does.
// - The shift time ("18:00-19:00", over midnight too) is on the event's date in the user's time
//   zone; a row without one takes the event's own times. A time that cannot be read is rejected.
// - People are matched by e-mail first, then by name (the same name keys as duplicate detection,
//   so "Aiko Tanaka" is "TANAKA Aiko"); a matching reading breaks ties. Trashed people are not
//   matched. Rows naming the same new person (same e-mail, else same name) create them once.
// - A row whose person already holds that role at that time on the event is skipped, so importing
//   the same file twice adds nothing.
import type { ImportRecord, PersonDraft, RejectedRow, RejectReason } from '../import/import-record';
import { derivePersonKeys, emailKey } from '../people/derive-person-keys';
import { nameMatchKeys } from '../people/name-match-keys';
import { LIVE, type Person, type VolunteerShift } from '../domain/entities';
import { roleKeyFor, type RoleDefinition } from './roles';
import { shiftInstants } from './shift-instants';

export type RosterRejectReason = RejectReason | 'no-role' | 'invalid-shift-time';

export interface RosterRejection extends Omit<RejectedRow, 'reason'> {
  reason: RosterRejectReason;
  /** What the cell said, when the reason is about a value. */
  value?: string;
}

export interface RosterImportContext {
  /** The event's local date in the user's zone, YYYY-MM-DD. */
  eventDate: string;
  timeZone: string;
  eventStartsAt: number;
  eventEndsAt: number;
  roles: readonly RoleDefinition[];
}

export interface RosterEntry {
  line: number;
  person: PersonDraft;
  role: string;
  startsAt: number;
  endsAt: number;
}

export type MatchCandidate = Pick<
  Person,
  'id' | 'displayName' | 'emailKeys' | 'nameKeys' | 'deletedAt'
>;

export type RosterPlanPerson =
  { kind: 'existing'; personId: string; displayName: string } | { kind: 'new'; newKey: string };

export interface RosterPlanRow extends RosterEntry {
  who: RosterPlanPerson;
  /** The person already holds this role at this time at the event: nothing to write. */
  alreadyOnRoster: boolean;
}

export interface RosterImportPlan {
  rows: RosterPlanRow[];
  rejected: RosterRejection[];
}

export function rosterEntries(
  records: readonly ImportRecord[],
  context: RosterImportContext,
): { entries: RosterEntry[]; rejected: RosterRejection[] } {
  const entries: RosterEntry[] = [];
  const rejected: RosterRejection[] = [];
  for (const { line, person, volunteer } of records) {
    const roleText = volunteer?.role.trim() ?? '';
    if (roleText === '') {
      rejected.push({ line, reason: 'no-role' });
      continue;
    }
    const role = roleKeyFor(roleText, context.roles) ?? roleText;
    const shiftText = volunteer?.shift.trim() ?? '';
    if (shiftText === '') {
      entries.push({
        line,
        person,
        role,
        startsAt: context.eventStartsAt,
        endsAt: context.eventEndsAt,
      });
      continue;
    }
    const times = shiftInstants(context.eventDate, shiftText, context.timeZone);
    if (!times.ok) {
      rejected.push({ line, reason: 'invalid-shift-time', value: shiftText });
      continue;
    }
    entries.push({ line, person, role, startsAt: times.startsAt, endsAt: times.endsAt });
  }
  return { entries, rejected };
}

/** The keys under which a draft may be found among people: its e-mails and its names. */
export function lookupKeysOf(person: PersonDraft): { emailKeys: string[]; nameKeys: string[] } {
  const { emailKeys, nameKeys } = derivePersonKeys(person);
  return { emailKeys, nameKeys };
}

/** The best live person for a draft: one sharing an e-mail, else one sharing a name. */
export function matchRosterPerson(
  person: PersonDraft,
  candidates: readonly MatchCandidate[],
): MatchCandidate | null {
  const emails = new Set(person.emails.map(emailKey));
  const names = nameMatchKeys(person);
  const nameSet = new Set(names.filter((key) => key.startsWith('n:')));
  const readingSet = new Set(names.filter((key) => key.startsWith('r:')));
  let best: { candidate: MatchCandidate; score: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.deletedAt !== LIVE) continue;
    const byEmail = candidate.emailKeys.some((key) => emails.has(key));
    const byName = candidate.nameKeys.some((key) => nameSet.has(key));
    if (!byEmail && !byName) continue;
    const byReading = candidate.nameKeys.some((key) => readingSet.has(key));
    const score = (byEmail ? 4 : 0) + (byName ? 2 : 0) + (byReading ? 1 : 0);
    if (!best || score > best.score || (score === best.score && candidate.id < best.candidate.id)) {
      best = { candidate, score };
    }
  }
  return best?.candidate ?? null;
}

function newPersonKey(person: PersonDraft): string {
  const email = person.emails.map(emailKey).find((key) => key !== '');
  if (email) return `e:${email}`;
  return nameMatchKeys(person).find((key) => key.startsWith('n:')) ?? `d:${person.displayName}`;
}

export type RosterShift = Pick<VolunteerShift, 'personId' | 'role' | 'startsAt' | 'deletedAt'>;

export function planRosterImport(
  entries: readonly RosterEntry[],
  candidates: readonly MatchCandidate[],
  eventShifts: readonly RosterShift[],
): RosterPlanRow[] {
  const held = new Set(
    eventShifts
      .filter((shift) => shift.deletedAt === LIVE)
      .map((shift) => `${shift.personId}|${shift.role}|${shift.startsAt}`),
  );
  const seen = (who: string, entry: RosterEntry): boolean => {
    const key = `${who}|${entry.role}|${entry.startsAt}`;
    const found = held.has(key);
    held.add(key);
    return found;
  };
  return entries.map((entry) => {
    const match = matchRosterPerson(entry.person, candidates);
    if (match) {
      return {
        ...entry,
        who: { kind: 'existing', personId: match.id, displayName: match.displayName },
        alreadyOnRoster: seen(match.id, entry),
      };
    }
    const newKey = newPersonKey(entry.person);
    return { ...entry, who: { kind: 'new', newKey }, alreadyOnRoster: seen(newKey, entry) };
  });
}
