// Keeps volunteerFigures (one record per volunteer: their figures, see
// shared/volunteers/volunteer-figures, and their name, see shared/volunteers/volunteer-record) and
// volunteerStandings (a few records for all, see shared/volunteers/volunteer-standings) right on
// every write of a shift or of a person, in the same transaction. Decision: a DBCore middleware
// rather than the repository functions, because shifts and people are written in many places —
// the repositories, merging two people and undoing it, purging a person and emptying the trash,
// sample data, roster imports and restores — and a path that forgot the figures would leave the
// Volunteers screen wrong with nothing to show for it. At this level every write is an add, a put
// of whole rows, a delete by keys or a delete of a key range (Dexie turns update() and modify()
// into these), so the stored row before and the row after are all there is to look at.
//
// Every read-write transaction over volunteerShifts is widened to volunteerFigures,
// volunteerStandings and people (a new record takes the person's name from their row), and every
// one over people to volunteerFigures (see derived-table-scope), so callers never name them. The
// figures are updated only for the operations that succeeded, and a record left with no live
// shift is deleted; the standings follow the figures written. Person writes only update the names
// in the records that exist (see volunteer-figures-people); standings hold no names. Where a table
// does not exist yet (upgrades before version 8, 10 or 12) it is left alone; the version that
// creates it fills it. Written with Dexie's promises and then(), not async/await: the middlewares
// below this one read Dexie's zone (the current transaction), which a native await can lose.
import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import type { Person, VolunteerShift } from '../../shared/domain/entities';
import {
  changesFigures,
  hasNoShifts,
  updateFigures,
} from '../../shared/volunteers/volunteer-figures';
import {
  emptyVolunteerRecord,
  type VolunteerRecord,
} from '../../shared/volunteers/volunteer-record';
import {
  standingsBucket,
  updateStandings,
  type VolunteerStandings,
} from '../../shared/volunteers/volunteer-standings';
import { canWrite, transactionWithDerived } from './derived-table-scope';
import { rowsBeforeWrite } from './rows-before-write';
import { followPersonWrites } from './volunteer-figures-people';

const SHIFTS = 'volunteerShifts';
const FIGURES = 'volunteerFigures';
const PEOPLE = 'people';
const STANDINGS = 'volunteerStandings';

interface ShiftWrite {
  before: VolunteerShift | null;
  after: VolunteerShift | null;
}

function byId(rows: readonly (VolunteerShift | undefined)[]): Map<string, VolunteerShift> {
  const found = new Map<string, VolunteerShift>();
  for (const row of rows) if (row) found.set(row.id, row);
  return found;
}

/** Each row the request changed, as it was and as it is, in the order written. */
function writesDone(
  request: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
  stored: Map<string, VolunteerShift>,
): ShiftWrite[] {
  const failed = (position: number) => position in response.failures;
  const writes: ShiftWrite[] = [];
  if (request.type === 'add' || request.type === 'put') {
    request.values.forEach((after: VolunteerShift, position) => {
      if (failed(position)) return;
      writes.push({ before: stored.get(after.id) ?? null, after });
      stored.set(after.id, after);
    });
  } else if (request.type === 'delete') {
    request.keys.forEach((key: string, position) => {
      if (failed(position)) return;
      writes.push({ before: stored.get(key) ?? null, after: null });
      stored.delete(key);
    });
  } else if (response.numFailures === 0) {
    for (const before of stored.values()) writes.push({ before, after: null });
  }
  return writes.filter(({ before, after }) => changesFigures(before, after));
}

/** The stored records of `personIds`, and a new one (named from the person's row) for the rest. */
function recordsOf(
  down: DBCore,
  trans: DBCoreTransaction,
  personIds: string[],
): Promise<Map<string, VolunteerRecord>> {
  return down
    .table(FIGURES)
    .getMany({ trans, keys: personIds })
    .then((stored: (VolunteerRecord | undefined)[]) => {
      const records = new Map<string, VolunteerRecord>();
      for (const record of stored) if (record) records.set(record.personId, record);
      const missing = personIds.filter((id) => !records.has(id));
      if (missing.length === 0) return records;
      return down
        .table(PEOPLE)
        .getMany({ trans, keys: missing })
        .then((people: (Person | undefined)[]) => {
          missing.forEach((id, index) => records.set(id, emptyVolunteerRecord(id, people[index])));
          return records;
        });
    });
}

function updateStoredFigures(
  down: DBCore,
  trans: DBCoreTransaction,
  writes: readonly ShiftWrite[],
): Promise<unknown> {
  const personIds = [
    ...new Set(writes.flatMap(({ before, after }) => [before?.personId, after?.personId])),
  ].filter((id): id is string => typeof id === 'string');
  return recordsOf(down, trans, personIds).then((records) =>
    writeFigures(down, trans, records, writes),
  );
}

function writeFigures(
  down: DBCore,
  trans: DBCoreTransaction,
  figures: Map<string, VolunteerRecord>,
  writes: readonly ShiftWrite[],
): Promise<unknown> {
  const figuresTable = down.table(FIGURES);
  for (const { before, after } of writes) {
    for (const id of new Set([before?.personId, after?.personId])) {
      const current = id === undefined ? undefined : figures.get(id);
      if (current) figures.set(current.personId, updateFigures(current, before, after));
    }
  }
  const emptied = [...figures.values()].filter(hasNoShifts).map((record) => record.personId);
  const kept = [...figures.values()].filter((record) => !hasNoShifts(record));
  const done: Promise<unknown>[] = [];
  if (kept.length > 0) done.push(figuresTable.mutate({ trans, type: 'put', values: kept }));
  if (emptied.length > 0) done.push(figuresTable.mutate({ trans, type: 'delete', keys: emptied }));
  if (canWrite(trans, STANDINGS)) done.push(writeStandings(down, trans, kept, emptied));
  return Dexie.Promise.all(done);
}

/** The standings buckets of the volunteers written or removed, with their standings replaced. */
function writeStandings(
  down: DBCore,
  trans: DBCoreTransaction,
  written: readonly VolunteerRecord[],
  removed: readonly string[],
): Promise<unknown> {
  const table = down.table(STANDINGS);
  const ids = [...written.map((record) => record.personId), ...removed];
  const keys = [...new Set(ids.map(standingsBucket))];
  return table.getMany({ trans, keys }).then((stored: (VolunteerStandings | undefined)[]) => {
    const current = stored.filter((record) => record !== undefined);
    const values = updateStandings(current, written, removed);
    return table.mutate({ trans, type: 'put', values });
  });
}

function maintainFigures(down: DBCore, shifts: DBCoreTable): DBCoreTable {
  return {
    ...shifts,
    mutate: (request) => {
      if (!canWrite(request.trans, FIGURES)) return shifts.mutate(request);
      return rowsBeforeWrite<VolunteerShift>(shifts, request)
        .then(byId)
        .then((stored) =>
          shifts.mutate(request).then((response) => {
            const writes = writesDone(request, response, stored);
            if (writes.length === 0) return response;
            return updateStoredFigures(down, request.trans, writes).then(() => response);
          }),
        );
    },
  };
}

/** Shifts' read-write transactions also take figures, standings and people; people's, figures. */
function widenedTransaction(down: DBCore): DBCore['transaction'] {
  const scopes = [
    [SHIFTS, FIGURES],
    [SHIFTS, STANDINGS],
    [SHIFTS, PEOPLE],
    [PEOPLE, FIGURES],
  ] as const;
  return scopes.reduce(
    (transaction, [source, derived]) =>
      transactionWithDerived({ ...down, transaction }, source, derived),
    down.transaction,
  );
}

export const volunteerFiguresMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'VolunteerFigures',
  create: (down) => ({
    ...down,
    transaction: widenedTransaction(down),
    table: (name) => {
      const table = down.table(name);
      if (name === SHIFTS) return maintainFigures(down, table);
      return name === PEOPLE ? followPersonWrites(down, table) : table;
    },
  }),
};
