// Keeps each person's keep-in-touch due date (see shared/follow-ups/next-contact-due-at) right on
// every write, whoever writes: the people and interactions repositories, quick capture, merge,
// sample data, imports and restores all end in an add or a put of whole person rows at this level
// (Dexie turns update() and modify() into puts of the modified rows), so deriving it here means no
// write path can forget it. The due date is kept twice: on the person row (nextContactDueAt,
// absent for people who never had a cadence) and, for live people who have one, in the small
// contactDue table that the Today view reads with one index range (see derived-table-scope).
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { LIVE, type Person } from '../../shared/domain/entities';
import type { ContactDueRow } from '../../shared/follow-ups/keep-in-touch-rule';
import { nextContactDueAt } from '../../shared/follow-ups/next-contact-due-at';
import { canWrite, transactionWithDerived } from './derived-table-scope';

const CONTACT_DUE = 'contactDue';

/** The row with its due date; a person who never had a cadence is left without the field. */
function withContactDue(person: Person): Person {
  const due = nextContactDueAt(person);
  return (person.nextContactDueAt ?? 0) === due ? person : { ...person, nextContactDueAt: due };
}

function deriveContactDue(request: DBCoreMutateRequest): DBCoreMutateRequest {
  if (request.type !== 'add' && request.type !== 'put') return request;
  return { ...request, values: request.values.map((value: Person) => withContactDue(value)) };
}

/** Mirrors a successful write of people into contactDue. */
async function followInContactDue(
  contactDue: DBCoreTable,
  request: DBCoreMutateRequest,
  failures: Record<number, Error>,
): Promise<void> {
  const { trans } = request;
  if (request.type === 'deleteRange') {
    await contactDue.mutate({ trans, type: 'deleteRange', range: request.range });
    return;
  }
  if (request.type === 'delete') {
    await contactDue.mutate({ trans, type: 'delete', keys: request.keys });
    return;
  }
  const due: ContactDueRow[] = [];
  const notDue: string[] = [];
  request.values.forEach((person: Person, index) => {
    if (failures[index]) return;
    const dueAt = person.nextContactDueAt ?? 0;
    if (person.deletedAt === LIVE && dueAt > 0) due.push({ personId: person.id, dueAt });
    else notDue.push(person.id);
  });
  if (due.length > 0) await contactDue.mutate({ trans, type: 'put', values: due });
  if (notDue.length > 0) await contactDue.mutate({ trans, type: 'delete', keys: notDue });
}

export const contactDueMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ContactDue',
  create: (down) => ({
    ...down,
    transaction: transactionWithDerived(down, 'people', CONTACT_DUE),
    table: (tableName) => {
      const table = down.table(tableName);
      if (tableName !== 'people') return table;
      return {
        ...table,
        mutate: async (request) => {
          const derived = deriveContactDue(request);
          const response = await table.mutate(derived);
          if (canWrite(request.trans, CONTACT_DUE)) {
            await followInContactDue(down.table(CONTACT_DUE), derived, response.failures);
          }
          return response;
        },
      };
    },
  }),
};
