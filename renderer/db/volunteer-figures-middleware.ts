// Keeps volunteerFigures (one record per volunteer, see shared/volunteers/volunteer-figures) right
// on every write of a shift, in the same transaction. Decision: a DBCore middleware rather than
// the repository functions, because shifts are written in many places — the shifts repository,
// merging two people and undoing it, purging a person and emptying the trash, sample data,
// roster imports and restores — and a path that forgot the figures would leave the Volunteers
// screen wrong with nothing to show for it. At this level every write is an add, a put of whole
// rows, a delete by keys or a delete of a key range (Dexie turns update() and modify() into
// these), so the stored row before and the row after are all there is to look at.
//
// Every read-write transaction over volunteerShifts is widened to volunteerFigures, so callers
// never name the figures table. The figures are updated only for the operations that succeeded,
// and a record left with no live shift is deleted. Where the figures table does not exist yet
// (upgrades before version 8) shifts are written as they are; version 8 computes the figures.
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { VolunteerShift } from '../../shared/domain/entities';
import {
  changesFigures,
  emptyFigures,
  hasNoShifts,
  updateFigures,
  type VolunteerFigures,
} from '../../shared/volunteers/volunteer-figures';

const SHIFTS = 'volunteerShifts';
const FIGURES = 'volunteerFigures';

interface ShiftWrite {
  before: VolunteerShift | null;
  after: VolunteerShift | null;
}

/** The stored rows a request is about to replace or delete, by id. */
async function rowsBefore(
  shifts: DBCoreTable,
  request: DBCoreMutateRequest,
): Promise<Map<string, VolunteerShift>> {
  const { trans } = request;
  let rows: (VolunteerShift | undefined)[] = [];
  if (request.type === 'put') {
    const keys = request.values.map((value: VolunteerShift) => value.id);
    rows = await shifts.getMany({ trans, keys });
  } else if (request.type === 'delete') {
    rows = await shifts.getMany({ trans, keys: request.keys });
  } else if (request.type === 'deleteRange') {
    const query = { index: shifts.schema.primaryKey, range: request.range };
    rows = (await shifts.query({ trans, values: true, query })).result;
  }
  const byId = new Map<string, VolunteerShift>();
  for (const row of rows) if (row) byId.set(row.id, row);
  return byId;
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

async function updateStoredFigures(
  figuresTable: DBCoreTable,
  trans: DBCoreTransaction,
  writes: readonly ShiftWrite[],
): Promise<void> {
  const personIds = [
    ...new Set(writes.flatMap(({ before, after }) => [before?.personId, after?.personId])),
  ].filter((id): id is string => typeof id === 'string');
  const stored: (VolunteerFigures | undefined)[] = await figuresTable.getMany({
    trans,
    keys: personIds,
  });
  const figures = new Map(
    personIds.map((id, index) => [id, stored[index] ?? emptyFigures(id)] as const),
  );
  for (const { before, after } of writes) {
    for (const id of new Set([before?.personId, after?.personId])) {
      const current = id === undefined ? undefined : figures.get(id);
      if (current) figures.set(current.personId, updateFigures(current, before, after));
    }
  }
  const emptied = [...figures.values()].filter(hasNoShifts).map((record) => record.personId);
  const kept = [...figures.values()].filter((record) => !hasNoShifts(record));
  if (kept.length > 0) await figuresTable.mutate({ trans, type: 'put', values: kept });
  if (emptied.length > 0) await figuresTable.mutate({ trans, type: 'delete', keys: emptied });
}

function maintainFigures(down: DBCore, shifts: DBCoreTable): DBCoreTable {
  return {
    ...shifts,
    mutate: async (request) => {
      const stored = await rowsBefore(shifts, request);
      const response = await shifts.mutate(request);
      const writes = writesDone(request, response, stored);
      if (writes.length > 0) await updateStoredFigures(down.table(FIGURES), request.trans, writes);
      return response;
    },
  };
}

export const volunteerFiguresMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'VolunteerFigures',
  create: (down) => {
    if (!down.schema.tables.some((table) => table.name === FIGURES)) return {};
    return {
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' && stores.includes(SHIFTS) && !stores.includes(FIGURES)
            ? [...stores, FIGURES]
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        return name === SHIFTS ? maintainFigures(down, table) : table;
      },
    };
  },
};
