// Version 6: what the Today view reads through indexes instead of scanning. people gets
// [deletedAt+nextContactDueAt] (the keep-in-touch due date; the upgrade computes it for the
// people already stored, and from then on the write path derives it, see renderer/data/derived/person-fields);
// volunteerShifts gets [status+endsAt] ("attended shifts that ended lately").
import type { Person } from '../../../shared/domain/entities';
import { nextContactDueAt } from '../../../shared/follow-ups/next-contact-due-at';
import type { Migration } from './migration';

export const v006ContactDue: Migration = {
  version: 6,
  stores: {
    people:
      'id, displayName, nameReading, company, *interests, *offers, *asks, *emailKeys, *linkKeys, *nameKeys, updatedAt, deletedAt, [deletedAt+sortName], [deletedAt+createdAt], [deletedAt+lastContactAt], [deletedAt+nextContactDueAt]',
    volunteerShifts:
      'id, eventId, personId, [eventId+personId], updatedAt, deletedAt, [status+endsAt]',
  },
  upgrade: async (tx) => {
    await tx
      .table<Person, string>('people')
      .toCollection()
      .modify((person) => {
        const due = nextContactDueAt(person);
        if (due !== 0) person.nextContactDueAt = due;
      });
  },
};
