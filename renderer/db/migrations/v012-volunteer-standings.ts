// Version 12: volunteerStandings, a few records holding every volunteer's standing (see
// shared/volunteers/volunteer-standings), so "who to ask next" reads those instead of every
// volunteer's figures. The upgrade computes it from the figures already stored; from then on the
// database keeps it (see volunteer-figures-middleware).
import type { VolunteerFigures } from '../../../shared/volunteers/volunteer-figures';
import { standingsOf } from '../../../shared/volunteers/volunteer-standings';
import type { Migration } from './migration';

export const v012VolunteerStandings: Migration = {
  version: 12,
  stores: { volunteerStandings: 'key' },
  upgrade: async (tx) => {
    const figures = await tx.table<VolunteerFigures, string>('volunteerFigures').toArray();
    await tx.table('volunteerStandings').bulkPut(standingsOf(figures));
  },
};
