// Test support for the modules derived from interactions: random writes of interactions and
// people (insert, put, patch, trash and restore, purge, clear; several in one write), as the
// write services make them, for the property tests to compare what the modules keep with what a
// rebuild computes. Used by tests only.
import fc from 'fast-check';
import { INTERACTION_KINDS, LIVE, type Interaction } from '../../../shared/domain/entities';
import { personFixture } from '../../../shared/domain/person-fixture';
import type { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';
import type { WriteTransaction } from '../write-transaction';

export const DAY = 86_400_000;
const INTERACTION_IDS = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6'];
const PERSON_IDS = ['ada', 'grace', 'ben'];

/** An interaction of Ada's at a meetup on day 1: override what a case is about. */
export const interactionOf = (
  fields: Partial<Interaction> & Pick<Interaction, 'id'>,
): Interaction => ({
  personId: 'ada',
  at: DAY,
  kind: 'met',
  eventId: 'e1',
  note: '',
  createdAt: 1,
  updatedAt: 1,
  deletedAt: LIVE,
  ...fields,
});

const interactionId = fc.constantFrom(...INTERACTION_IDS);
const personId = fc.constantFrom(...PERSON_IDS);
// Few instants, so that ties (decided by kind, then id) are common; over two weeks.
const at = fc.constantFrom(0, 3 * DAY, 9 * DAY);
const kind = fc.constantFrom('met' as const, 'met' as const, ...INTERACTION_KINDS);
const eventId = fc.option(fc.constantFrom('e1', 'e2'), { nil: undefined });
const note = fc.constantFrom('', 'Rust', 'Jobs', '  ');
const deletedAt = fc.constantFrom(LIVE, LIVE, 7);

const arbitraryInteraction = fc
  .record({ id: interactionId, personId, at, kind, eventId, note, deletedAt })
  .map(interactionOf);

const rows = fc.array(arbitraryInteraction, { minLength: 1, maxLength: 4 });

export const arbitraryOperation = fc.oneof(
  // Mostly interactions, the source these modules follow; people now and then.
  { weight: 4, arbitrary: fc.record({ type: fc.constant('insert' as const), rows }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('put' as const), rows }) },
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('patch' as const),
      id: interactionId,
      // One field (most edits) or several. A key present with undefined removes the field
      // (eventId: no longer at an event).
      changes: fc.oneof(
        fc.record({ note }),
        fc.record({ at }),
        fc.record({ kind }),
        fc.record({ eventId }),
        fc.record({ personId }),
        fc.record({ personId, at, kind, eventId, note }, { requiredKeys: [] }),
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('trash' as const), id: interactionId }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('restore' as const), id: interactionId }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('remove' as const),
      ids: fc.array(interactionId, { minLength: 1, maxLength: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'clear' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('insertPerson' as const),
      id: personId,
      // Whatever the importer believed: the module sets the derived value.
      lastContactAt: at,
      keepInTouchDays: fc.option(fc.constantFrom(7, 30), { nil: null }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('putPerson' as const),
      id: personId,
      lastContactAt: at,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('patchPerson' as const),
      id: personId,
      changes: fc.record(
        { lastContactAt: at, notes: fc.constantFrom('', 'Met twice'), deletedAt },
        { requiredKeys: [] },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('removePerson' as const), id: personId }) },
  { weight: 1, arbitrary: fc.constant({ type: 'clearPeople' as const }) },
);

export type Operation = typeof arbitraryOperation extends fc.Arbitrary<infer T> ? T : never;

/** One write: one to three operations in one transaction. */
export const arbitraryWrite = fc.array(arbitraryOperation, { minLength: 1, maxLength: 3 });

/** The rows of `rows` whose ids are not stored yet, the last of each id (insert refuses both). */
async function newRows(write: WriteTransaction, rows: readonly Interaction[]) {
  const last = [...new Map(rows.map((row) => [row.id, row])).values()];
  const stored = await write.table('interactions').bulkGet(last.map((row) => row.id));
  return last.filter((_, index) => stored[index] === undefined);
}

async function applyOperation(write: WriteTransaction, operation: Operation): Promise<void> {
  switch (operation.type) {
    case 'insert':
      await write.insert('interactions', await newRows(write, operation.rows));
      return;
    case 'put':
      await write.put('interactions', operation.rows);
      return;
    case 'patch':
      await write.patch('interactions', operation.id, operation.changes);
      return;
    case 'trash':
      await write.patch('interactions', operation.id, { deletedAt: write.now });
      return;
    case 'restore':
      await write.patch('interactions', operation.id, { deletedAt: LIVE });
      return;
    case 'remove':
      return write.remove('interactions', operation.ids);
    case 'clear':
      return write.clear('interactions');
    case 'insertPerson': {
      const { id, lastContactAt, keepInTouchDays } = operation;
      if (await write.get('people', id)) return;
      await write.insert('people', [personFixture({ id, lastContactAt, keepInTouchDays })]);
      return;
    }
    case 'putPerson': {
      // A whole row from a copy that may hold an older lastContactAt.
      const { id, lastContactAt } = operation;
      const stored = (await write.get('people', id)) ?? personFixture({ id });
      await write.put('people', [{ ...stored, lastContactAt }]);
      return;
    }
    case 'patchPerson':
      await write.patch('people', operation.id, operation.changes);
      return;
    case 'removePerson':
      return write.remove('people', [operation.id]);
    case 'clearPeople':
      return write.clear('people');
  }
}

export async function applyOperations(
  write: WriteTransaction,
  operations: readonly Operation[],
): Promise<void> {
  for (const operation of operations) await applyOperation(write, operation);
}

/** Random sequences of writes, one after another; `check` after each, on a new database. */
export function checkAfterWritesInTurn(
  freshDatabase: () => HallwayDatabase,
  check: (db: HallwayDatabase) => Promise<void>,
): Promise<void> {
  return fc.assert(
    fc.asyncProperty(fc.array(arbitraryWrite, { maxLength: 8 }), async (writes) => {
      const db = freshDatabase();
      for (const operations of writes) {
        await runWrite(db, (write) => applyOperations(write, operations));
        await check(db);
      }
      await db.delete();
    }),
    { numRuns: 60 },
  );
}

/** Rounds of random writes issued all at once (Promise.all); `check` after each round. */
export function checkAfterWritesAtOnce(
  freshDatabase: () => HallwayDatabase,
  check: (db: HallwayDatabase) => Promise<void>,
): Promise<void> {
  const rounds = fc.array(fc.array(arbitraryWrite, { minLength: 2, maxLength: 4 }), {
    minLength: 1,
    maxLength: 4,
  });
  return fc.assert(
    fc.asyncProperty(rounds, async (writesOfRounds) => {
      const db = freshDatabase();
      for (const writes of writesOfRounds) {
        await Promise.all(
          writes.map((operations) => runWrite(db, (write) => applyOperations(write, operations))),
        );
        await check(db);
      }
      await db.delete();
    }),
    { numRuns: 60 },
  );
}
