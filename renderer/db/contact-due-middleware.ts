// Keeps each person's keep-in-touch due date (see shared/follow-ups/next-contact-due-at) right on
// every write, whoever writes: the people and interactions repositories, quick capture, merge,
// sample data, imports and restores all end in an add or a put of whole person rows at this level
// (Dexie turns update() and modify() into puts of the modified rows), so deriving it here means no
// write path can forget it. The due date is kept three times: on the person row (nextContactDueAt,
// absent for people who never had a cadence) and, for live people who have one, in the small
// contactDue table (by person) and in contactDueByDate, keyed by [dueAt, personId]: the Today view
// counts and pages through that one by primary key, several times cheaper in IndexedDB than
// through an index (see derived-table-scope).
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
import { countQueueWrite, QUEUE_WEEK_COUNTS } from './queue-week-counts';

const CONTACT_DUE = 'contactDue';
const BY_DATE = 'contactDueByDate';

/** The row with its due date; a person who never had a cadence is left without the field. */
function withContactDue(person: Person): Person {
  const due = nextContactDueAt(person);
  return (person.nextContactDueAt ?? 0) === due ? person : { ...person, nextContactDueAt: due };
}

function deriveContactDue(request: DBCoreMutateRequest): DBCoreMutateRequest {
  if (request.type !== 'add' && request.type !== 'put') return request;
  return { ...request, values: request.values.map((value: Person) => withContactDue(value)) };
}

const dateKey = (row: ContactDueRow) => [row.dueAt, row.personId] as const;

/** The contactDue rows a write of people may replace or remove, by person. */
function rowsBefore(
  contactDue: DBCoreTable,
  request: DBCoreMutateRequest,
): Promise<ContactDueRow[]> {
  const { trans } = request;
  if (request.type === 'deleteRange') {
    const query = { index: contactDue.schema.primaryKey, range: request.range };
    return contactDue.query({ trans, values: true, query }).then(({ result }) => result);
  }
  const keys =
    request.type === 'delete' ? request.keys : request.values.map((person: Person) => person.id);
  return contactDue
    .getMany({ trans, keys })
    .then((rows) => rows.filter((row): row is ContactDueRow => row !== undefined));
}

/** The live people with a due date among a successful add or put, and the others' ids. */
function dueAfter(request: DBCoreMutateRequest, failures: Record<number, Error>) {
  const due: ContactDueRow[] = [];
  const notDue: string[] = [];
  if (request.type !== 'add' && request.type !== 'put') return { due, notDue };
  // A batch may write one person twice: the last write is the one stored.
  const written = new Map<string, Person>();
  request.values.forEach((person: Person, index) => {
    if (!failures[index]) written.set(person.id, person);
  });
  for (const person of written.values()) {
    const dueAt = person.nextContactDueAt ?? 0;
    if (person.deletedAt === LIVE && dueAt > 0) due.push({ personId: person.id, dueAt });
    else notDue.push(person.id);
  }
  return { due, notDue };
}

/**
 * Mirrors a successful write of people into contactDue (by person) and contactDueByDate (the
 * same rows keyed by [dueAt, personId], which the Today view counts and pages through).
 */
function followInContactDue(
  down: DBCore,
  contactDue: DBCoreTable,
  byDate: DBCoreTable | undefined,
  request: DBCoreMutateRequest,
  before: readonly ContactDueRow[],
  failures: Record<number, Error>,
): Promise<unknown> {
  const { trans } = request;
  const { due, notDue } = dueAfter(request, failures);
  const writtenIds = new Set([...due.map((row) => row.personId), ...notDue]);
  const writes: Promise<unknown>[] = [];
  if (request.type === 'deleteRange' || request.type === 'delete') {
    const range = request.type === 'deleteRange' ? request.range : undefined;
    writes.push(
      range
        ? contactDue.mutate({ trans, type: 'deleteRange', range })
        : contactDue.mutate({ trans, type: 'delete', keys: before.map((row) => row.personId) }),
    );
  } else {
    if (due.length > 0) writes.push(contactDue.mutate({ trans, type: 'put', values: due }));
    if (notDue.length > 0) writes.push(contactDue.mutate({ trans, type: 'delete', keys: notDue }));
  }
  if (byDate) {
    // A person whose add or put failed keeps the row they had (an add fails for a stored id).
    const replaced =
      request.type === 'add' || request.type === 'put'
        ? before.filter((row) => writtenIds.has(row.personId))
        : before;
    // Deletes are issued before puts: a request runs in the order it was made.
    const stale = replaced.map(dateKey);
    if (stale.length > 0) writes.push(byDate.mutate({ trans, type: 'delete', keys: stale }));
    if (due.length > 0) writes.push(byDate.mutate({ trans, type: 'put', values: due }));
    writes.push(countQueueWrite(down, trans, BY_DATE, stale, due.map(dateKey)));
  }
  return Dexie.Promise.all(writes);
}

export const contactDueMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ContactDue',
  create: (down) => ({
    ...down,
    transaction: transactionWithDerived(down, 'people', CONTACT_DUE, BY_DATE, QUEUE_WEEK_COUNTS),
    table: (tableName) => {
      const table = down.table(tableName);
      if (tableName !== 'people') return table;
      return {
        ...table,
        mutate: (request) => {
          const derived = deriveContactDue(request);
          const { trans } = request;
          if (!canWrite(trans, CONTACT_DUE)) return table.mutate(derived);
          const contactDue = down.table(CONTACT_DUE);
          const byDate = canWrite(trans, BY_DATE) ? down.table(BY_DATE) : undefined;
          return rowsBefore(contactDue, derived).then((before) =>
            table
              .mutate(derived)
              .then((response) =>
                followInContactDue(
                  down,
                  contactDue,
                  byDate,
                  derived,
                  before,
                  response.failures,
                ).then(() => response),
              ),
          );
        },
      };
    },
  }),
};
