// The rows an import writes, decided from the planned rows, the user's decisions and what the
// database holds (read by the import's write service inside its write). Pure, so the all-or-nothing
// write is a few bulk operations; the people's derived fields are left to the write. Decisions:
// - A merge into a person who is gone since the preview, or into an earlier row that the user
//   skipped, creates the person instead: the row is never lost.
// - LinkedIn's "Connected On" becomes an interaction of kind `other` on that day.
// - Attached to an event, an attendee who attended (checked in, marked present) gets a `met`
//   interaction at the event, at the check-in time or else the event's start; its note keeps the
//   file's own words (RSVP, approval, check-in). An attendee who did not attend (RSVP only,
//   waitlist, declined, cancelled) did not meet the user: no interaction, so no "last contact" and
//   no follow-up; their status is kept as a line of their notes (`<event>: <status>`).
// - Attached to an event, a row that says nothing about attendance (any CSV, a plain list of
//   names) is someone who was there: a `met` interaction at the event's start.
// - Attached to an event, a roster's volunteer gets a confirmed shift at the event (the shift's
//   times on the event's day when they read as a time range, else the event's times). Without an
//   event, role and shift are kept as a line of the person's notes.
// - What the database already records (the same first interaction, a `met` at the same event, a
//   shift with the same role at the same event) is not written again: re-imports write nothing new.
import {
  LIVE,
  type HallwayEvent,
  type Interaction,
  type Person,
  type VolunteerShift,
  type WritablePerson,
} from '../domain/entities';
import { shiftHours } from '../volunteers/shift-hours';
import { shiftInstants } from '../volunteers/shift-instants';
import type { ImportFormat } from './detect-format';
import type { ImportDecision, PlannedRow } from './import-preview';
import type { Attendance, PersonDraft } from './import-record';
import { draftAsTarget, hasChanges, mergeDraftChanges, type TopicKeyOf } from './merge-draft';

export interface ImportWriteContext {
  format: ImportFormat;
  decisions: ReadonlyMap<number, ImportDecision>;
  /** The live people the rows merge into, as they are now. */
  existing: ReadonlyMap<string, Person>;
  /** Keys (see recordedKey) of the interactions and shifts those people already have. */
  recorded: ReadonlySet<string>;
  topicKeyOf: TopicKeyOf;
  event: HallwayEvent | null;
  timeZone: string;
  now: number;
  newId: () => string;
}

export interface ImportWrites {
  created: WritablePerson[];
  updated: WritablePerson[];
  interactions: Interaction[];
  shifts: VolunteerShift[];
  merged: number;
  skipped: number;
}

/** What makes an interaction or a shift "the same one" for a re-import. */
export const recordedKey = {
  firstInteraction: (personId: string, at: number) => `at|${personId}|${at}`,
  met: (personId: string, eventId: string) => `met|${personId}|${eventId}`,
  shift: (personId: string, eventId: string, role: string) =>
    `shift|${personId}|${eventId}|${role}`,
};

const BRANDS: Partial<Record<ImportFormat, string>> = {
  linkedin: 'LinkedIn',
  meetup: 'Meetup',
  luma: 'Luma',
  connpass: 'connpass',
};

function eventDay(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

function attendanceNote(format: ImportFormat, attendance: Attendance): string {
  const brand = BRANDS[format];
  return brand ? `${brand}: ${attendance.raw}` : attendance.raw;
}

class WriteBuilder {
  private readonly people = new Map<string, WritablePerson>();
  private readonly createdIds = new Set<string>();
  private readonly updatedIds = new Set<string>();
  private readonly idByLine = new Map<number, string>();
  private readonly recorded: Set<string>;
  readonly interactions: Interaction[] = [];
  readonly shifts: VolunteerShift[] = [];
  merged = 0;
  skipped = 0;

  constructor(private readonly context: ImportWriteContext) {
    this.recorded = new Set(context.recorded);
  }

  add(row: PlannedRow): void {
    const decision = this.context.decisions.get(row.line) ?? row.decision;
    if (decision === 'skip') {
      this.skipped++;
      return;
    }
    const targetId = decision === 'merge' ? this.targetOf(row) : undefined;
    const personId = targetId ?? this.create(row.person);
    if (targetId !== undefined) {
      this.merged++;
      this.merge(targetId, row.person);
    }
    this.idByLine.set(row.line, personId);
    this.addEventData(personId, row);
  }

  result(): ImportWrites {
    const pick = (ids: Iterable<string>) => [...ids].map((id) => this.people.get(id)!);
    return {
      created: pick(this.createdIds),
      updated: pick(this.updatedIds),
      interactions: this.interactions,
      shifts: this.shifts,
      merged: this.merged,
      skipped: this.skipped,
    };
  }

  private targetOf(row: PlannedRow): string | undefined {
    const match = row.match;
    if (!match) return undefined;
    if (match.target === 'row') return this.idByLine.get(match.line);
    const person = this.people.get(match.personId) ?? this.context.existing.get(match.personId);
    if (!person || person.deletedAt !== LIVE) return undefined;
    this.people.set(person.id, person);
    return person.id;
  }

  private create(draft: PersonDraft): string {
    const { now } = this.context;
    const person: WritablePerson = {
      ...draft,
      ...draftAsTarget(draft, this.context.topicKeyOf),
      id: this.context.newId(),
      createdAt: now,
      updatedAt: now,
      deletedAt: LIVE,
      lastContactAt: 0,
    };
    this.people.set(person.id, person);
    this.createdIds.add(person.id);
    return person.id;
  }

  private merge(personId: string, draft: PersonDraft): void {
    const current = this.people.get(personId)!;
    const changes = mergeDraftChanges(current, draft, this.context.topicKeyOf);
    if (hasChanges(changes)) this.change(personId, changes);
  }

  private change(personId: string, changes: Partial<Person>): void {
    const current = this.people.get(personId)!;
    // A person created by this import is this builder's own object: changed in place, which
    // spares a copy per change at 50,000 rows. People read from the database are copied.
    const next = this.createdIds.has(personId) ? current : { ...current };
    Object.assign(next, changes, { updatedAt: this.context.now });
    this.people.set(personId, next);
    if (!this.createdIds.has(personId)) this.updatedIds.add(personId);
  }

  private appendNote(personId: string, line: string): void {
    const notes = this.people.get(personId)!.notes;
    if (line.trim() === '' || notes.includes(line)) return;
    this.change(personId, { notes: notes.trim() === '' ? line : `${notes.trimEnd()}\n${line}` });
  }

  private addInteraction(
    personId: string,
    key: string,
    fields: Omit<Interaction, 'id' | 'createdAt' | 'updatedAt'>,
  ): void {
    if (this.recorded.has(key)) return;
    this.recorded.add(key);
    const { now } = this.context;
    this.interactions.push({ ...fields, id: this.context.newId(), createdAt: now, updatedAt: now });
    if (fields.at > this.people.get(personId)!.lastContactAt) {
      this.change(personId, { lastContactAt: fields.at });
    }
  }

  private addEventData(personId: string, row: PlannedRow): void {
    const { event, format } = this.context;
    if (row.firstInteractionAt !== undefined) {
      this.addInteraction(
        personId,
        recordedKey.firstInteraction(personId, row.firstInteractionAt),
        {
          personId,
          at: row.firstInteractionAt,
          kind: 'other',
          note: `${BRANDS[format] ?? format}: Connected On`,
          deletedAt: LIVE,
        },
      );
    }
    if (event && !row.attendance && !row.volunteer) {
      this.addInteraction(personId, recordedKey.met(personId, event.id), {
        personId,
        at: event.startsAt,
        kind: 'met',
        eventId: event.id,
        note: '',
        deletedAt: LIVE,
      });
    }
    if (row.attendance && event) {
      if (row.attendance.status === 'attended') {
        this.addInteraction(personId, recordedKey.met(personId, event.id), {
          personId,
          at: row.attendance.checkedInAt ?? event.startsAt,
          kind: 'met',
          eventId: event.id,
          note: attendanceNote(format, row.attendance),
          deletedAt: LIVE,
        });
      } else this.appendNote(personId, `${event.name}: ${attendanceNote(format, row.attendance)}`);
    }
    if (row.volunteer) {
      if (event) this.addShift(personId, event, row.volunteer.role, row.volunteer.shift);
      else this.appendNote(personId, `${row.volunteer.role} ${row.volunteer.shift}`.trim());
    }
  }

  private addShift(personId: string, event: HallwayEvent, role: string, shift: string): void {
    const key = recordedKey.shift(personId, event.id, role);
    if (this.recorded.has(key)) return;
    this.recorded.add(key);
    const { now, timeZone } = this.context;
    const times = shiftInstants(eventDay(event.startsAt, timeZone), shift, timeZone);
    const startsAt = times.ok ? times.startsAt : event.startsAt;
    const endsAt = times.ok ? times.endsAt : (event.endsAt ?? event.startsAt);
    this.shifts.push({
      id: this.context.newId(),
      eventId: event.id,
      personId,
      role,
      startsAt,
      endsAt,
      status: 'confirmed',
      hours: shiftHours({ startsAt, endsAt }),
      note: times.ok ? '' : shift,
      createdAt: now,
      updatedAt: now,
      deletedAt: LIVE,
    });
  }
}

export function buildImportWrites(
  rows: readonly PlannedRow[],
  context: ImportWriteContext,
): ImportWrites {
  const builder = new WriteBuilder(context);
  for (const row of rows) builder.add(row);
  return builder.result();
}
