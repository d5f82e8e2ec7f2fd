// A volunteer's figures, kept per person and updated on every shift write (the Volunteers screen
// reads one record per person instead of every shift). The record holds only what can be both
// added to and taken away from — counts and sorted lists of times — so an edit or a deletion is
// undone exactly; what depends on the clock (reliability) is derived when read.
//
// Definitions (live shifts only; trashed ones count for nothing):
// - volunteered: a shift with status `attended`. Events volunteered are the distinct events of
//   those shifts, roles done their distinct roles, last volunteered the latest end of one, total
//   hours the sum of their hours (the stored hours, which honour an override), in whole minutes.
// - reliability: among the shifts the person had confirmed whose time is over (endsAt ≤ now), the
//   share they attended: attended ÷ (attended + no-show + still `confirmed` and over). A shift
//   left `confirmed` after it ended counts as not attended. Null when there is no such shift.
// - last asked: the latest start of any of their shifts, whatever its status (being invited for an
//   event is being asked).
import { LIVE, type VolunteerShift } from '../domain/entities';
import { hoursToMinutes } from './shift-hours';

export type FiguresShift = Pick<
  VolunteerShift,
  'personId' | 'eventId' | 'role' | 'startsAt' | 'endsAt' | 'status' | 'hours' | 'deletedAt'
>;

export interface VolunteerFigures {
  personId: string;
  /** Attended shifts per event id. */
  attendedByEvent: Record<string, number>;
  /** Attended shifts per role key. */
  attendedByRole: Record<string, number>;
  attendedMinutes: number;
  /** End times of attended shifts, ascending. */
  attendedEndsAt: number[];
  noShows: number;
  /** End times of shifts still `confirmed`, ascending: they count against reliability once over. */
  confirmedEndsAt: number[];
  /** Start times of every shift, ascending. */
  askedStartsAt: number[];
}

export interface VolunteerSummary {
  personId: string;
  eventsVolunteered: number;
  totalHours: number;
  reliability: number | null;
  lastVolunteeredAt: number | null;
  lastAskedAt: number | null;
  /** Role keys done, most often first (ties by key). */
  roles: string[];
}

export function emptyFigures(personId: string): VolunteerFigures {
  return {
    personId,
    attendedByEvent: {},
    attendedByRole: {},
    attendedMinutes: 0,
    attendedEndsAt: [],
    noShows: 0,
    confirmedEndsAt: [],
    askedStartsAt: [],
  };
}

function insertSorted(list: readonly number[], value: number): number[] {
  const at = list.findIndex((item) => item > value);
  return at === -1 ? [...list, value] : [...list.slice(0, at), value, ...list.slice(at)];
}

function removeOne(list: readonly number[], value: number): number[] {
  const at = list.indexOf(value);
  return at === -1 ? [...list] : [...list.slice(0, at), ...list.slice(at + 1)];
}

function addCount(counts: Record<string, number>, key: string, by: number): Record<string, number> {
  const next = { ...counts };
  const value = (next[key] ?? 0) + by;
  if (value > 0) next[key] = value;
  else delete next[key];
  return next;
}

/** The figures with one shift's contribution added (sign 1) or taken away (sign -1). */
function applyShift<Figures extends VolunteerFigures>(
  figures: Figures,
  shift: FiguresShift,
  sign: 1 | -1,
): Figures {
  if (shift.personId !== figures.personId || shift.deletedAt !== LIVE) return figures;
  const edit = sign === 1 ? insertSorted : removeOne;
  const next = { ...figures, askedStartsAt: edit(figures.askedStartsAt, shift.startsAt) };
  if (shift.status === 'attended') {
    next.attendedByEvent = addCount(figures.attendedByEvent, shift.eventId, sign);
    next.attendedByRole = addCount(figures.attendedByRole, shift.role, sign);
    next.attendedMinutes = figures.attendedMinutes + sign * hoursToMinutes(shift.hours);
    next.attendedEndsAt = edit(figures.attendedEndsAt, shift.endsAt);
  } else if (shift.status === 'no-show') {
    next.noShows = figures.noShows + sign;
  } else if (shift.status === 'confirmed') {
    next.confirmedEndsAt = edit(figures.confirmedEndsAt, shift.endsAt);
  }
  return next;
}

/**
 * The figures after a write of one shift: `before` is the stored row (null when new), `after` the
 * row written (null when deleted for good). When a shift moves from one person to another, call
 * this for each person's record: each takes only the side that is theirs. Other fields of the
 * record (such as a stored record's person, see volunteer-record) are kept.
 */
export function updateFigures<Figures extends VolunteerFigures>(
  figures: Figures,
  before: FiguresShift | null,
  after: FiguresShift | null,
): Figures {
  const without = before ? applyShift(figures, before, -1) : figures;
  return after ? applyShift(without, after, 1) : without;
}

/** The figures of one person from all their shifts (a rebuild, or the reference for tests). */
export function computeFigures(personId: string, shifts: Iterable<FiguresShift>): VolunteerFigures {
  let figures = emptyFigures(personId);
  for (const shift of shifts) figures = applyShift(figures, shift, 1);
  return figures;
}

function countBefore(sorted: readonly number[], now: number): number {
  const at = sorted.findIndex((value) => value > now);
  return at === -1 ? sorted.length : at;
}

/** What reliability is computed from: attended and no-show counts, ends of confirmed shifts. */
export interface ReliabilityInputs {
  attended: number;
  noShows: number;
  /** Ascending. */
  confirmedEndsAt: readonly number[];
}

export function reliabilityFrom(inputs: ReliabilityInputs, now: number): number | null {
  const expected = inputs.attended + inputs.noShows + countBefore(inputs.confirmedEndsAt, now);
  return expected === 0 ? null : inputs.attended / expected;
}

export function reliabilityOf(figures: VolunteerFigures, now: number): number | null {
  return reliabilityFrom({ ...figures, attended: figures.attendedEndsAt.length }, now);
}

export function summariseFigures(figures: VolunteerFigures, now: number): VolunteerSummary {
  const roles = Object.entries(figures.attendedByRole)
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1))
    .map(([role]) => role);
  return {
    personId: figures.personId,
    eventsVolunteered: Object.keys(figures.attendedByEvent).length,
    totalHours: figures.attendedMinutes / 60,
    reliability: reliabilityOf(figures, now),
    lastVolunteeredAt: figures.attendedEndsAt.at(-1) ?? null,
    lastAskedAt: figures.askedStartsAt.at(-1) ?? null,
    roles,
  };
}

/** Everyone's figures from all shifts, one record per person with at least one live shift. */
export function figuresByPerson(shifts: Iterable<FiguresShift>): VolunteerFigures[] {
  const byPerson = new Map<string, VolunteerFigures>();
  for (const shift of shifts) {
    if (shift.deletedAt !== LIVE) continue;
    const figures = byPerson.get(shift.personId) ?? emptyFigures(shift.personId);
    byPerson.set(shift.personId, applyShift(figures, shift, 1));
  }
  return [...byPerson.values()];
}

/** A record with no live shift behind it holds nothing worth storing. */
export function hasNoShifts(figures: VolunteerFigures): boolean {
  return figures.askedStartsAt.length === 0;
}

const FIGURES_FIELDS = [
  'personId',
  'eventId',
  'role',
  'startsAt',
  'endsAt',
  'status',
  'hours',
  'deletedAt',
] as const satisfies readonly (keyof FiguresShift)[];

/** Whether a write from `before` to `after` can change anyone's figures. */
export function changesFigures(before: FiguresShift | null, after: FiguresShift | null): boolean {
  if (!before || !after) return before !== after;
  return FIGURES_FIELDS.some((field) => before[field] !== after[field]);
}
