// contactDue and contactDueByDate: each live person with a keep-in-touch cadence and when they are
// due (nextContactDueAt, derived on the person row by person-fields), by person and keyed by
// [dueAt, personId] for the Today view to count and page through by primary key. Kept from the
// people a write changed, with no read: the rows stored for a person are the ones their row as it
// stood before the write derives to (a person the write created has none), so only what the
// write changed is deleted and put, and reported to the week counts (queue-week-counts).
import { LIVE, type Person } from '../../../shared/domain/entities';
import type { ContactDueRow } from '../../../shared/follow-ups/keep-in-touch-rule';
import type { WriteTransaction } from '../write-transaction';
import type { DerivedModule } from './derived-module';
import { countQueueChange, countQueueCleared, type QueueKey } from './queue-week-counts';

/** The contactDue row of a person, or undefined when they are trashed or have no cadence. */
function contactDueOf(person: Person | undefined): ContactDueRow | undefined {
  const dueAt = person?.nextContactDueAt ?? 0;
  return person && person.deletedAt === LIVE && dueAt > 0
    ? { personId: person.id, dueAt }
    : undefined;
}

const dateKey = (row: ContactDueRow): QueueKey => [row.dueAt, row.personId];

async function applyContactDue(write: WriteTransaction): Promise<void> {
  const { contactDue, contactDueByDate } = write.db;
  if (write.changes.cleared('people')) {
    await contactDue.clear();
    await contactDueByDate.clear();
    countQueueCleared(write, 'contactDueByDate');
  }
  const goneIds: string[] = [];
  const goneKeys: QueueKey[] = [];
  const puts: ContactDueRow[] = [];
  for (const { before, after } of write.changes.of('people')) {
    const was = contactDueOf(before);
    const is = contactDueOf(after);
    if (was?.dueAt === is?.dueAt) continue;
    if (was) goneKeys.push(dateKey(was));
    if (is) puts.push(is);
    else if (was) goneIds.push(was.personId);
  }
  if (goneKeys.length === 0 && puts.length === 0) return;
  await contactDueByDate.bulkDelete(goneKeys as [number, string][]);
  await contactDueByDate.bulkPut(puts);
  await contactDue.bulkDelete(goneIds);
  await contactDue.bulkPut(puts);
  countQueueChange(write, 'contactDueByDate', goneKeys, puts.map(dateKey));
}

export const contactDueModule: DerivedModule = {
  name: 'contact due',
  tables: ['contactDue', 'contactDueByDate'],
  apply: async (write) => {
    if (write.changes.touched('people')) await applyContactDue(write);
  },
  rebuild: ({ people }) => {
    const rows = people.flatMap((person) => contactDueOf(person) ?? []);
    return { tables: { contactDue: rows, contactDueByDate: rows } };
  },
};
