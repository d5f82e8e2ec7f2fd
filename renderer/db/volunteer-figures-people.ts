// The people side of the volunteer figures middleware: after a successful write of people, the
// volunteerFigures records of those people (if they have one) take the person's name, sort key,
// reading and trash state from the row written; a person deleted for good leaves the record
// nameless (person null) until their shifts go too. Only volunteers have a record, so most person
// writes touch none: the records are found with one key-only read over the written ids' key span
// (one request for a batch of thousands, as sample data and restores write), and only those are
// read. Written with Dexie's promises and then(), not async/await (see
// volunteer-figures-middleware).
import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreRangeType,
  type DBCoreTable,
  type DBCoreTransaction,
} from 'dexie';
import type { Person } from '../../shared/domain/entities';
import {
  sameVolunteerPerson,
  volunteerPersonOf,
  type VolunteerPerson,
  type VolunteerRecord,
} from '../../shared/volunteers/volunteer-record';
import { canWrite } from './derived-table-scope';

const FIGURES = 'volunteerFigures';
// Dexie declares its range types as an ambient const enum, which isolated modules cannot read.
const RANGE = 2 as DBCoreRangeType;

/** The person part each written id now has: from the row put, null for a row deleted. */
function peopleWritten(
  request: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
): Map<string, VolunteerPerson | null> {
  const written = new Map<string, VolunteerPerson | null>();
  const failed = (position: number) => position in response.failures;
  if (request.type === 'add' || request.type === 'put') {
    request.values.forEach((person: Person, position) => {
      if (!failed(position)) written.set(person.id, volunteerPersonOf(person));
    });
  } else if (request.type === 'delete') {
    request.keys.forEach((key: string, position) => {
      if (!failed(position)) written.set(key, null);
    });
  }
  return written;
}

/** The stored records among `ids`: a key-only read over their span, then the hits by key. */
function recordsAmong(
  figures: DBCoreTable,
  trans: DBCoreTransaction,
  ids: readonly string[],
): Promise<VolunteerRecord[]> {
  if (ids.length === 0) return Dexie.Promise.resolve([]);
  const sorted = [...ids].sort();
  const range = { type: RANGE, lower: sorted[0], upper: sorted.at(-1) };
  const query = { index: figures.schema.primaryKey, range };
  return figures.query({ trans, values: false, query }).then(({ result }) => {
    const wanted = new Set(ids);
    const keys = (result as string[]).filter((key) => wanted.has(key));
    if (keys.length === 0) return [];
    return figures
      .getMany({ trans, keys })
      .then((records: (VolunteerRecord | undefined)[]) =>
        records.filter((record) => record !== undefined),
      );
  });
}

/** The records a write of people touched, each as stored and as it should now be. */
function recordsTouched(
  figures: DBCoreTable,
  request: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
): Promise<{ stored: VolunteerRecord; person: VolunteerPerson | null }[]> {
  const { trans } = request;
  if (request.type === 'deleteRange') {
    if (response.numFailures > 0) return Dexie.Promise.resolve([]);
    const query = { index: figures.schema.primaryKey, range: request.range };
    return figures
      .query({ trans, values: true, query })
      .then(({ result }) =>
        (result as VolunteerRecord[]).map((stored) => ({ stored, person: null })),
      );
  }
  const written = peopleWritten(request, response);
  return recordsAmong(figures, trans, [...written.keys()]).then((records) =>
    records.map((stored) => ({ stored, person: written.get(stored.personId) ?? null })),
  );
}

export function followPersonWrites(down: DBCore, people: DBCoreTable): DBCoreTable {
  return {
    ...people,
    mutate: (request) => {
      if (!canWrite(request.trans, FIGURES)) return people.mutate(request);
      const figures = down.table(FIGURES);
      return people.mutate(request).then((response) =>
        recordsTouched(figures, request, response).then((touched) => {
          const changed = touched
            .filter(({ stored, person }) => !sameVolunteerPerson(stored.person, person))
            .map(({ stored, person }) => ({ ...stored, person }));
          if (changed.length === 0) return response;
          const { trans } = request;
          return figures.mutate({ trans, type: 'put', values: changed }).then(() => response);
        }),
      );
    },
  };
}
