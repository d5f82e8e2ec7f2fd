// Keeps each person's keep-in-touch due date (see shared/follow-ups/next-contact-due-at) right on
// every write, whoever writes: the people and interactions repositories, quick capture, merge,
// sample data, imports and restores all end in an add or a put of whole person rows at this level
// (Dexie turns update() and modify() into puts of the modified rows), so deriving it here means no
// write path can forget it. The due date is kept twice: on the person row (nextContactDueAt,
// absent for people who never had a cadence) and, for live people who have one, in the small
// contactDue table that the Today view reads with one index range (see derived-table-scope).
// Written with Dexie's promises and then(), not async/await: the middlewares below this one read
// Dexie's zone (the current transaction), which a native await can lose.
import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type Middleware,
} from 'dexie';
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
function followInContactDue(
  contactDue: DBCoreTable,
  request: DBCoreMutateRequest,
  failures: Record<number, Error>,
): Promise<unknown> {
  const { trans } = request;
  if (request.type === 'deleteRange') {
    return contactDue.mutate({ trans, type: 'deleteRange', range: request.range });
  }
  if (request.type === 'delete') {
    return contactDue.mutate({ trans, type: 'delete', keys: request.keys });
  }
  const due: ContactDueRow[] = [];
  const notDue: string[] = [];
  request.values.forEach((person: Person, index) => {
    if (failures[index]) return;
    const dueAt = person.nextContactDueAt ?? 0;
    if (person.deletedAt === LIVE && dueAt > 0) due.push({ personId: person.id, dueAt });
    else notDue.push(person.id);
  });
  const writes: Promise<unknown>[] = [];
  if (due.length > 0) writes.push(contactDue.mutate({ trans, type: 'put', values: due }));
  if (notDue.length > 0) writes.push(contactDue.mutate({ trans, type: 'delete', keys: notDue }));
  return Dexie.Promise.all(writes);
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
        mutate: (request) => {
          const derived = deriveContactDue(request);
          if (!canWrite(request.trans, CONTACT_DUE)) return table.mutate(derived);
          const contactDue = down.table(CONTACT_DUE);
          return table
            .mutate(derived)
            .then((response) =>
              followInContactDue(contactDue, derived, response.failures).then(() => response),
            );
        },
      };
    },
  }),
};
