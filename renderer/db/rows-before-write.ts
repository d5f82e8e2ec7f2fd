// What a write of rows keyed by `id` is about to replace or remove, read in the write's own
// transaction before it runs: the stored rows of a put, of a delete by keys, or of a delete of a
// key range (an add replaces nothing). The middlewares that keep a derived table in step with its
// source compare these with what is written. A Dexie promise, like everything in a middleware.
import Dexie, { type DBCoreMutateRequest, type DBCoreTable } from 'dexie';

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
