// Version 10: each volunteerFigures record also holds what the Volunteers screen shows of the
// person — name, sort key, reading, whether in the trash (see shared/volunteers/volunteer-record)
// — so the screen reads that one table instead of looking up every volunteer's person row. The
// upgrade names the records already stored from the people rows; from then on the database keeps
// them (see volunteer-figures-middleware). No index changes.
import type { Person } from '../../../shared/domain/entities';
import type { VolunteerFigures } from '../../../shared/volunteers/volunteer-figures';
import {
  volunteerPersonOf,
  type VolunteerRecord,
} from '../../../shared/volunteers/volunteer-record';
import type { Migration } from './migration';

export const v010VolunteerNames: Migration = {
  version: 10,
  stores: {},
  upgrade: async (tx) => {
    const figures = tx.table<VolunteerFigures, string>('volunteerFigures');
    const records = await figures.toArray();
    const people = await tx
      .table<Person, string>('people')
      .bulkGet(records.map((record) => record.personId));
    await figures.bulkPut(
      records.map((record, index): VolunteerRecord => ({
        ...record,
        person: volunteerPersonOf(people[index]),
      })),
    );
  },
};
