// The clock of the time zone the OS (or browser) reports: months are the user's months.
import { zoneClock, type ZoneClock } from '../../../shared/time/zone-clock';

export function userZoneClock(): ZoneClock {
  return zoneClock(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? zoneClock('UTC')!;
}
