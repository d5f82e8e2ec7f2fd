// What a write of rows keyed by `id` is about to replace or remove, read in the write's own
// transaction before it runs: the stored rows of a put, of a delete by keys, or of a delete of a
// key range (an add replaces nothing). The middlewares that keep a derived table in step with its
// source compare these with what is written (followWrite runs the whole round). Dexie promises,
// like everything in a middleware.
import Dexie, {
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreRangeType,
  type DBCoreTable,
} from 'dexie';

// Dexie declares its range types as an ambient const enum, which isolated modules cannot read.
const ANY = 3 as DBCoreRangeType;

export function rowsBeforeWrite<Row extends { id: string }>(
  table: DBCoreTable,
  request: DBCoreMutateRequest,
): Promise<Row[]> {
  const { trans } = request;
  const stored = (rows: readonly (Row | undefined)[]) => rows.filter((row) => row !== undefined);
  if (request.type === 'put') {
    const keys = request.values.map((value: Row) => value.id);
    return table.getMany({ trans, keys }).then(stored);
  }
  if (request.type === 'delete') return table.getMany({ trans, keys: request.keys }).then(stored);
  if (request.type === 'deleteRange') {
    const query = { index: table.schema.primaryKey, range: request.range };
    return table.query({ trans, values: true, query }).then(({ result }) => stored(result));
  }
  return Dexie.Promise.resolve([]);
}

/** What a middleware keeping a derived table does after a write of its source. */
export interface WriteFollower<Row> {
  /** The whole source table was cleared (`range`: the range of everything, to clear with). */
  cleared(range: DBCoreKeyRange): Promise<unknown>;
  /** `before`: the rows the write replaced or removed; `written`: the rows it stored. */
  followed(before: Row[], written: Row[]): Promise<unknown>;
}

/** Runs `request` on `table`, then `follower` with what it changed; resolves to its response. */
export function followWrite<Row extends { id: string }>(
  table: DBCoreTable,
  request: DBCoreMutateRequest,
  follower: WriteFollower<Row>,
): Promise<DBCoreMutateResponse> {
  if (request.type === 'deleteRange' && request.range.type === ANY) {
    const { range } = request;
    return table.mutate(request).then((response) => follower.cleared(range).then(() => response));
  }
  return rowsBeforeWrite<Row>(table, request).then((before) =>
    table.mutate(request).then((response) => {
      const written =
        request.type === 'add' || request.type === 'put'
          ? (request.values as Row[]).filter((_, index) => !response.failures[index])
          : [];
      return follower.followed(before, written).then(() => response);
    }),
  );
}
