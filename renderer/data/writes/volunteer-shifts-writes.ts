// Writes of volunteer shifts at an event (docs/architecture.md, "One write path"). Hours are
// computed from the shift times (their elapsed time, as imports compute them:
// shared/volunteers/shift-hours) unless the organizer overrides them; an override survives later
// time changes, a computed value follows them, and `hours: null` goes back to computing them. Each
// volunteer's figures follow every write without this module's help (derived data). A roster
// slot's several assignments change together, in one write.
import { z } from 'zod';
import {
  LIVE,
  SHIFT_STATUSES,
  type ShiftStatus,
  type VolunteerShift,
} from '../../../shared/domain/entities';
import { shiftHours } from '../../../shared/volunteers/shift-hours';
import type { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';
import type { RowPatch, WriteTransaction } from '../write-transaction';
import { definedFields } from './defined-fields';
import { notFound, WriteError } from './write-error';

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

export async function createShiftIn(
  write: WriteTransaction,
  input: NewShiftInput,
): Promise<VolunteerShift> {
  const fields = definedFields(newShiftSchema.parse(input));
  checkTimes(fields.startsAt, fields.endsAt);
  if (!(await write.get('events', fields.eventId))) throw notFound('event', fields.eventId);
  if (!(await write.get('people', fields.personId))) throw notFound('person', fields.personId);
  const [shift] = await write.insert('volunteerShifts', [
    {
      role: '',
      status: 'invited',
      note: '',
      hours: shiftHours(fields),
      ...fields,
      hoursOverridden: fields.hours !== undefined,
      id: crypto.randomUUID(),
      createdAt: write.now,
      updatedAt: write.now,
      deletedAt: LIVE,
    },
  ]);
  return shift;
}

export async function createShift(
  db: HallwayDatabase,
  input: NewShiftInput,
): Promise<VolunteerShift> {
  return runWrite(db, (write) => createShiftIn(write, input));
}

async function updateShiftIn(
  write: WriteTransaction,
  id: string,
  changes: ShiftChanges,
): Promise<VolunteerShift> {
  const parsed = definedFields(shiftChangesSchema.parse(changes));
  const current = await write.get('volunteerShifts', id);
  if (!current) throw notFound('volunteer shift', id);
  const { hours, ...times } = parsed;
  const next = { ...current, ...times };
  checkTimes(next.startsAt, next.endsAt);
  const hoursOverridden = hours === undefined ? isOverridden(current) : hours !== null;
  return (await write.patch('volunteerShifts', id, {
    ...times,
    hours: hoursOverridden ? (hours ?? current.hours) : shiftHours(next),
    hoursOverridden,
    updatedAt: write.now,
  }))!;
}

export async function updateShift(
  db: HallwayDatabase,
  id: string,
  changes: ShiftChanges,
): Promise<VolunteerShift> {
  return runWrite(db, (write) => updateShiftIn(write, id, changes));
}

export async function setShiftStatus(
  db: HallwayDatabase,
  id: string,
  status: ShiftStatus,
): Promise<VolunteerShift> {
  return updateShift(db, id, { status });
}

/** Patches stored shifts, all or none: refuses the write when one of them is not stored. */
async function patchShifts(
  write: WriteTransaction,
  ids: readonly string[],
  changes: RowPatch<VolunteerShift>,
): Promise<void> {
  const patched = await write.patchMany(
    'volunteerShifts',
    ids.map((key) => ({ key, changes: { ...changes, updatedAt: write.now } })),
  );
  const missing = patched.findIndex((shift) => shift === undefined);
  if (missing >= 0) throw notFound('volunteer shift', ids[missing]);
}

export async function trashShift(db: HallwayDatabase, id: string): Promise<void> {
  await trashShifts(db, [id]);
}

export async function restoreShift(db: HallwayDatabase, id: string): Promise<void> {
  await restoreShifts(db, [id]);
}

/** Trashes several assignments at once (a whole slot of the roster), all or none. */
export async function trashShifts(db: HallwayDatabase, ids: readonly string[]): Promise<void> {
  await runWrite(db, (write) => patchShifts(write, ids, { deletedAt: write.now }));
}

export async function restoreShifts(db: HallwayDatabase, ids: readonly string[]): Promise<void> {
  await runWrite(db, (write) => patchShifts(write, ids, { deletedAt: LIVE }));
}

/** Deletes a trashed shift for good (nothing else refers to one). */
export async function purgeShift(db: HallwayDatabase, id: string): Promise<void> {
  await runWrite(db, async (write) => {
    const shift = await write.get('volunteerShifts', id);
    if (!shift) throw notFound('volunteer shift', id);
    if (shift.deletedAt === LIVE) {
      throw new WriteError('not-in-trash', 'Only a volunteer shift in the trash can be purged.');
    }
    await write.remove('volunteerShifts', [id]);
  });
}

/** Gives several assignments (a slot of the roster) the same role and times, all or none. */
export async function rescheduleShifts(
  db: HallwayDatabase,
  ids: readonly string[],
  slot: Required<Pick<ShiftChanges, 'role' | 'startsAt' | 'endsAt'>>,
): Promise<void> {
  await runWrite(db, async (write) => {
    for (const id of ids) await updateShiftIn(write, id, slot);
  });
}
