// Version 8: volunteerFigures, one record per volunteer keyed by personId (see
// shared/volunteers/volunteer-figures), so the Volunteers screen reads one row per person instead
// of every shift. The upgrade computes the records from the shifts already stored; from then on
// the database keeps them (see volunteer-figures-middleware).
import type { VolunteerShift } from '../../../shared/domain/entities';
import { figuresByPerson } from '../../../shared/volunteers/volunteer-figures';
import type { Migration } from './migration';

export const v008VolunteerFigures: Migration = {
  version: 8,
  stores: { volunteerFigures: 'personId' },
  upgrade: async (tx) => {
    const shifts = await tx.table<VolunteerShift, string>('volunteerShifts').toArray();
    await tx.table('volunteerFigures').bulkPut(figuresByPerson(shifts));
  },
};
