// Keeps the latestInteractions table (each person's newest live interaction, see
// shared/follow-ups/latest-interaction) right on every write of interactions, in the same
// transaction (see derived-table-scope). A new or changed interaction that is newer than the
// stored one replaces it; when the stored one itself is changed, trashed or deleted, that person's
// newest is looked up again through the [personId+at] index. Clearing the interactions clears the
// table; every other delete reads the rows it removes first, to know whose newest may change.
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreRangeType,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import {
  isNewerInteraction,
  latestInteractionRow,
  latestInteractionStamp,
  newestLiveInteraction,
  type InteractionStamp,
  type LatestInteraction,
} from '../../shared/follow-ups/latest-interaction';
import { LIVE } from '../../shared/domain/entities';
import { canWrite, transactionWithDerived } from './derived-table-scope';

const LATEST = 'latestInteractions';
// Dexie declares its range types as an ambient const enum, which isolated modules cannot read.
const RANGE = 2 as DBCoreRangeType;
const ANY = 3 as DBCoreRangeType;

async function rowsBefore(
  interactions: DBCoreTable,
  request: DBCoreMutateRequest,
): Promise<InteractionStamp[]> {
  const { trans } = request;
  let rows: (InteractionStamp | undefined)[] = [];
  if (request.type === 'put') {
    const keys = request.values.map((value: InteractionStamp) => value.id);
    rows = await interactions.getMany({ trans, keys });
  } else if (request.type === 'delete') {
    rows = await interactions.getMany({ trans, keys: request.keys });
  } else if (request.type === 'deleteRange') {
    const query = { index: interactions.schema.primaryKey, range: request.range };
    rows = (await interactions.query({ trans, values: true, query })).result;
  }
  return rows.filter((row) => row !== undefined);
}

const samePlaceInHistory = (a: InteractionStamp, b: InteractionStamp | undefined) =>
  b !== undefined &&
  a.personId === b.personId &&
  a.at === b.at &&
  a.kind === b.kind &&
  a.eventId === b.eventId &&
  a.deletedAt === b.deletedAt;

async function newestOf(
  interactions: DBCoreTable,
  trans: DBCoreTransaction,
  personId: string,
): Promise<InteractionStamp | undefined> {
  const index = interactions.schema.getIndexByKeyPath(['personId', 'at']);
  if (!index) throw new Error('interactions needs its [personId+at] index');
  const range: DBCoreKeyRange = {
    type: RANGE,
    lower: [personId, -Infinity],
    upper: [personId, Infinity],
  };
  const { result } = await interactions.query({ trans, values: true, query: { index, range } });
  return newestLiveInteraction(result as InteractionStamp[]);
}

async function followInLatest(
  interactions: DBCoreTable,
  latest: DBCoreTable,
  trans: DBCoreTransaction,
  before: readonly InteractionStamp[],
  written: readonly InteractionStamp[],
): Promise<void> {
  const personIds = [...new Set([...before, ...written].map((row) => row.personId))];
  if (personIds.length === 0) return;
  const stored = new Map<string, LatestInteraction>();
  (await latest.getMany({ trans, keys: personIds })).forEach(
    (row: LatestInteraction | undefined) => {
      if (row) stored.set(row.personId, row);
    },
  );
  const newest = new Map<string, InteractionStamp | undefined>(
    [...stored.values()].map((row) => [row.personId, latestInteractionStamp(row)]),
  );
  // A batch may write one id twice: the last write is the one stored.
  const writtenById = new Map(written.map((row) => [row.id, row]));
  const changed = new Set<string>();
  for (const row of before) {
    const current = newest.get(row.personId);
    if (current?.id === row.id && !samePlaceInHistory(row, writtenById.get(row.id))) {
      newest.set(row.personId, await newestOf(interactions, trans, row.personId));
      changed.add(row.personId);
    }
  }
  for (const row of writtenById.values()) {
    if (row.deletedAt !== LIVE) continue;
    const current = newest.get(row.personId);
    if (current && !isNewerInteraction(row, current)) continue;
    newest.set(row.personId, row);
    changed.add(row.personId);
  }
  const puts: LatestInteraction[] = [];
  const deletes: string[] = [];
  for (const personId of changed) {
    const row = newest.get(personId);
    if (row) puts.push(latestInteractionRow(row));
    else if (stored.has(personId)) deletes.push(personId);
  }
  if (puts.length > 0) await latest.mutate({ trans, type: 'put', values: puts });
  if (deletes.length > 0) await latest.mutate({ trans, type: 'delete', keys: deletes });
}

export const latestInteractionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'LatestInteraction',
  create: (down) => ({
    ...down,
    transaction: transactionWithDerived(down, 'interactions', LATEST),
    table: (tableName) => {
      const table = down.table(tableName);
      if (tableName !== 'interactions') return table;
      return {
        ...table,
        mutate: async (request) => {
          if (!canWrite(request.trans, LATEST)) return table.mutate(request);
          const latest = down.table(LATEST);
          if (request.type === 'deleteRange' && request.range.type === ANY) {
            const response = await table.mutate(request);
            await latest.mutate({
              trans: request.trans,
              type: 'deleteRange',
              range: request.range,
            });
            return response;
          }
          const before = await rowsBefore(table, request);
          const response = await table.mutate(request);
          const written =
            request.type === 'add' || request.type === 'put'
              ? (request.values as InteractionStamp[]).filter((_, i) => !response.failures[i])
              : [];
          await followInLatest(table, latest, request.trans, before, written);
          return response;
        },
      };
    },
  }),
};
