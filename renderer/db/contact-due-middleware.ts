// Keeps people.nextContactDueAt (see shared/follow-ups/next-contact-due-at) right on every write,
// whoever writes: the people and interactions repositories, quick capture, merge, sample data,
// imports and restores all end in an add or a put of whole person rows at this level (Dexie turns
// update() and modify() into puts of the modified rows), so deriving it here means no write path
// can forget it. Rows whose value is already right pass through unchanged; people who never had a
// cadence carry no due date at all, so the index holds only the people who have one.
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { Person } from '../../shared/domain/entities';
import { nextContactDueAt } from '../../shared/follow-ups/next-contact-due-at';

/** The row with its due date; a person who never had a cadence is left without the field. */
function withContactDue(person: Person): Person {
  const due = nextContactDueAt(person);
  return (person.nextContactDueAt ?? 0) === due ? person : { ...person, nextContactDueAt: due };
}

function deriveContactDue(request: DBCoreMutateRequest): DBCoreMutateRequest {
  if (request.type !== 'add' && request.type !== 'put') return request;
  return { ...request, values: request.values.map((value: Person) => withContactDue(value)) };
}

export const contactDueMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ContactDue',
  create: (down) => ({
    ...down,
    table: (tableName) => {
      const table = down.table(tableName);
      if (tableName !== 'people') return table;
      return { ...table, mutate: (request) => table.mutate(deriveContactDue(request)) };
    },
  }),
};
