// A person's interactions (they are few), read inside a middleware's transaction through the
// [personId+at] index: what the middlewares that keep derived tables look up again when the row
// they stood on is changed or removed. A Dexie promise, like everything in a middleware.
import type { DBCoreKeyRange, DBCoreRangeType, DBCoreTable, DBCoreTransaction } from 'dexie';
import type { Interaction } from '../../shared/domain/entities';

// Dexie declares its range types as an ambient const enum, which isolated modules cannot read.
const RANGE = 2 as DBCoreRangeType;

export function interactionsOfPerson(
  interactions: DBCoreTable,
  trans: DBCoreTransaction,
  personId: string,
): Promise<Interaction[]> {
  const index = interactions.schema.getIndexByKeyPath(['personId', 'at']);
  if (!index) throw new Error('interactions needs its [personId+at] index');
  const range: DBCoreKeyRange = {
    type: RANGE,
    lower: [personId, -Infinity],
    upper: [personId, Infinity],
  };
  return interactions
    .query({ trans, values: true, query: { index, range } })
    .then(({ result }) => result as Interaction[]);
}
