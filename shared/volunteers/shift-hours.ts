// Hours of a shift. Start and end are instants (epoch ms), so a shift over midnight or across a
// daylight-saving change is simply its real elapsed time: a 22:00–04:00 shift on the night the
// clocks go forward is five hours, not six. The organizer may override the hours of one
// assignment (someone came late or stayed on); the override wins over the times.

export const HOUR_MS = 3_600_000;

export interface ShiftTimes {
  startsAt: number;
  endsAt: number;
}

/** Elapsed hours from start to end; 0 when the shift has no length (or ends before it starts). */
export function shiftHours({ startsAt, endsAt }: ShiftTimes): number {
  return Math.max(0, endsAt - startsAt) / HOUR_MS;
}

/** The hours of one assignment: the organizer's override when set, else the shift's length. */
export function assignmentHours(times: ShiftTimes, override: number | null): number {
  if (override !== null && Number.isFinite(override) && override >= 0) return override;
  return shiftHours(times);
}

/** Hours in whole minutes, so that totals add up exactly in any order. */
export function hoursToMinutes(hours: number): number {
  return Number.isFinite(hours) && hours > 0 ? Math.round(hours * 60) : 0;
}
