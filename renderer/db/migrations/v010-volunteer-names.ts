// Version 10: each volunteerFigures record also holds what the Volunteers screen shows of the
// person — name, sort key, reading, whether in the trash (see shared/volunteers/volunteer-record)
// — so the screen reads that one table instead of looking up every volunteer's person row. No
// index changes, and nothing to move: the records are derived, rebuilt at start
// (renderer/data/rebuild-derived).
import type { Migration } from './migration';

export const v010VolunteerNames: Migration = {
  version: 10,
  stores: {},
};
