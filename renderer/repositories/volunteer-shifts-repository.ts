// Volunteer shifts at an event. Hours are computed from the shift times (their elapsed time, as
// imports compute them: shared/volunteers/shift-hours) unless the organizer overrides them; an override survives later time changes, a computed value follows them, and
// `hours: null` goes back to computing them. Each volunteer's figures follow every write here
// without this module's help (see db/volunteer-figures-middleware).
import { z } from 'zod';
import {
  LIVE,
  SHIFT_STATUSES,
  type ShiftStatus,
  type VolunteerShift,
} from '../../shared/domain/entities';
import { shiftHours } from '../../shared/volunteers/shift-hours';
import type { HallwayDatabase } from '../db/database';
import { notFound, WriteError } from '../data/writes/write-error';
import { definedFields } from '../data/writes/defined-fields';

const shiftFieldsSchema = z.object({
  eventId: z.string().min(1),
  personId: z.string().min(1),
  role: z.string().trim().max(200),
  startsAt: z.number().int(),
  endsAt: z.number().int(),
  status: z.enum(SHIFT_STATUSES),
  hours: z
    .number()
    .min(0)
    .max(24 * 14),
  note: z.string().max(10_000),
});

export const newShiftSchema = shiftFieldsSchema.partial({
  role: true,
  status: true,
  hours: true,
  note: true,
});
export type NewShiftInput = z.input<typeof newShiftSchema>;

export const shiftChangesSchema = shiftFieldsSchema
  .omit({ eventId: true, personId: true })
  .extend({ hours: shiftFieldsSchema.shape.hours.nullable() })
  .partial();
export type ShiftChanges = z.input<typeof shiftChangesSchema>;

/** Rows written before the flag existed count as overridden when their hours differ. */
function isOverridden(shift: VolunteerShift): boolean {
  return shift.hoursOverridden ?? shift.hours !== shiftHours(shift);
}

function checkTimes(startsAt: number, endsAt: number): void {
  if (endsAt < startsAt) {
    throw new WriteError('invalid-time-range', 'A shift cannot end before it starts.');
  }
}

export async function createShift(
  db: HallwayDatabase,
  input: NewShiftInput,
): Promise<VolunteerShift> {
  const fields = definedFields(newShiftSchema.parse(input));
  checkTimes(fields.startsAt, fields.endsAt);
  return db.transaction('rw', [db.volunteerShifts, db.events, db.people], async () => {
    if (!(await db.events.get(fields.eventId))) throw notFound('event', fields.eventId);
    if (!(await db.people.get(fields.personId))) throw notFound('person', fields.personId);
    const now = Date.now();
    const shift: VolunteerShift = {
      role: '',
      status: 'invited',
      note: '',
      hours: shiftHours(fields),
      ...fields,
      hoursOverridden: fields.hours !== undefined,
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      deletedAt: LIVE,
    };
    await db.volunteerShifts.add(shift);
    return shift;
  });
}

export async function updateShift(
  db: HallwayDatabase,
  id: string,
  changes: ShiftChanges,
): Promise<VolunteerShift> {
  const parsed = definedFields(shiftChangesSchema.parse(changes));
  return db.transaction('rw', db.volunteerShifts, async () => {
    const current = await db.volunteerShifts.get(id);
    if (!current) throw notFound('volunteer shift', id);
    const { hours, ...times } = parsed;
    const next: VolunteerShift = { ...current, ...times, updatedAt: Date.now() };
    checkTimes(next.startsAt, next.endsAt);
    next.hoursOverridden = hours === undefined ? isOverridden(current) : hours !== null;
    next.hours = next.hoursOverridden ? (hours ?? current.hours) : shiftHours(next);
    await db.volunteerShifts.update(id, {
      ...times,
      hours: next.hours,
      hoursOverridden: next.hoursOverridden,
      updatedAt: next.updatedAt,
    });
    return next;
  });
}

export function setShiftStatus(
  db: HallwayDatabase,
  id: string,
  status: ShiftStatus,
): Promise<VolunteerShift> {
  return updateShift(db, id, { status });
}

async function setDeletedAt(db: HallwayDatabase, id: string, deletedAt: number): Promise<void> {
  const changed = await db.volunteerShifts.update(id, { deletedAt, updatedAt: Date.now() });
  if (changed === 0) throw notFound('volunteer shift', id);
}

export function trashShift(db: HallwayDatabase, id: string): Promise<void> {
  return setDeletedAt(db, id, Date.now());
}

export function restoreShift(db: HallwayDatabase, id: string): Promise<void> {
  return setDeletedAt(db, id, LIVE);
}

async function setDeletedAtOfMany(
  db: HallwayDatabase,
  ids: readonly string[],
  deletedAt: number,
): Promise<void> {
  await db.transaction('rw', db.volunteerShifts, async () => {
    for (const id of ids) await setDeletedAt(db, id, deletedAt);
  });
}

/** Trashes several assignments at once (a whole slot of the roster), all or none. */
export function trashShifts(db: HallwayDatabase, ids: readonly string[]): Promise<void> {
  return setDeletedAtOfMany(db, ids, Date.now());
}

export function restoreShifts(db: HallwayDatabase, ids: readonly string[]): Promise<void> {
  return setDeletedAtOfMany(db, ids, LIVE);
}

/** Gives several assignments (a slot of the roster) the same role and times, all or none. */
export async function rescheduleShifts(
  db: HallwayDatabase,
  ids: readonly string[],
  slot: Required<Pick<ShiftChanges, 'role' | 'startsAt' | 'endsAt'>>,
): Promise<void> {
  await db.transaction('rw', db.volunteerShifts, async () => {
    for (const id of ids) await updateShift(db, id, slot);
  });
}
