// Version 12: volunteerStandings, a few records holding every volunteer's standing (see
// shared/volunteers/volunteer-standings), so "who to ask next" reads those instead of every
// volunteer's figures. A derived table: filled by the rebuild of derived data at start
// (renderer/data/rebuild-derived) and kept on every write after.
import type { Migration } from './migration';

export const v012VolunteerStandings: Migration = {
  version: 12,
  stores: { volunteerStandings: 'key' },
};
