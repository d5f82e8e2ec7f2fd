// Version 8: volunteerFigures, one record per volunteer keyed by personId (see
// shared/volunteers/volunteer-figures), so the Volunteers screen reads one row per person instead
// of every shift. A derived table: filled by the rebuild of derived data at start
// (renderer/data/rebuild-derived) and kept on every write after.
import type { Migration } from './migration';

export const v008VolunteerFigures: Migration = {
  version: 8,
  stores: { volunteerFigures: 'personId' },
};
