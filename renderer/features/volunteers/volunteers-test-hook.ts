// For benchmarks and end-to-end tests only: when the app was started for tests (its test hook
// window.__hallway is present), the Volunteers screen installs window.__hallwayVolunteers, which
// computes what the screen shows without rendering it — its rows (the figures read, the names, the
// default sort) and "who to ask next" for one event — so a benchmark can time both.
import { defaultRoleDefinitions } from '../../../shared/volunteers/roles';
import {
  filterVolunteerRows,
  NO_VOLUNTEER_FILTER,
  sortVolunteerRows,
} from '../../../shared/volunteers/volunteer-table';
import type { HallwayDatabase } from '../../db/database';
import { loadVolunteerRows } from './load-volunteer-rows';
import { loadVolunteerSuggestions } from './load-volunteer-suggestions';

export interface HallwayVolunteersTestHook {
  /** The Volunteers table at `now`, sorted as the screen first shows it; its row count. */
  rows(now: number): Promise<number>;
  /** Who to ask next for the event's open roles at `now`. */
  suggest(eventId: string, now: number): Promise<{ roles: number; candidates: number }>;
}

declare global {
  interface Window {
    __hallwayVolunteers?: HallwayVolunteersTestHook;
  }
}

export function installVolunteersTestHookIfTesting(db: HallwayDatabase): void {
  if (!window.__hallway) return;
  window.__hallwayVolunteers = {
    rows: async (now) => {
      const rows = await loadVolunteerRows(db, now);
      return sortVolunteerRows(filterVolunteerRows(rows, NO_VOLUNTEER_FILTER), {
        column: 'hours',
        direction: 'descending',
      }).length;
    },
    suggest: async (eventId, now) => {
      const suggestions = await loadVolunteerSuggestions(
        db,
        eventId,
        defaultRoleDefinitions('en'),
        'en',
        now,
      );
      return {
        roles: suggestions?.roles.length ?? 0,
        candidates: suggestions?.roles.reduce((sum, role) => sum + role.candidates.length, 0) ?? 0,
      };
    },
  };
}
