// The event page's small chart: the volunteer hours of one event by role (attended shifts).
import { LIVE, type VolunteerShift } from '../domain/entities';

export type RoleShift = Pick<VolunteerShift, 'role' | 'hours' | 'status' | 'deletedAt'>;

export interface RoleHours {
  role: string;
  hours: number;
}

export function hoursByRole(shifts: Iterable<RoleShift>): RoleHours[] {
  const hours = new Map<string, number>();
  for (const shift of shifts) {
    if (shift.status !== 'attended' || shift.deletedAt !== LIVE) continue;
    hours.set(shift.role, (hours.get(shift.role) ?? 0) + shift.hours);
  }
  return [...hours]
    .map(([role, total]) => ({ role, hours: Math.round(total * 100) / 100 }))
    .sort((a, b) => b.hours - a.hours || a.role.localeCompare(b.role));
}
