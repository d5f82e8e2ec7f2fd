// volunteerFigures (one record per volunteer: the figures of their live shifts, see
// shared/volunteers/volunteer-figures, and the person part the Volunteers screen shows, see
// shared/volunteers/volunteer-record) and volunteerStandings (every volunteer's standing, spread
// over up to 16 bucket records, see shared/volunteers/volunteer-standings), kept by following the
// shifts and people a write changed (docs/architecture.md, "Derived data").
//
// A write's changes come folded per row (first before, last after) and writes run one at a time,
// so each touched record is read once, updated from the net change of each shift, and written
// once: two shifts of one person written together both count. Only volunteers have a record, and
// most person writes touch none: the people whose name, reading, sort key or trash state changed
// are looked up with one key-only read over their ids' span, and only the records found are read
// (an import of 50,000 people reads the few volunteers among them). A record left with no live
// shift is deleted, and so is a standings bucket left empty, so the tables hold exactly what a
// rebuild computes. A cleared shifts table (a restore) starts both tables afresh; a cleared people
// table renames every record from the people written after it.
import type { VolunteerShift } from '../../../shared/domain/entities';
import {
  changesFigures,
  hasNoShifts,
  updateFigures,
} from '../../../shared/volunteers/volunteer-figures';
import {
  emptyVolunteerRecord,
  sameVolunteerPerson,
  volunteerPersonOf,
  volunteerRecords,
  type VolunteerPerson,
  type VolunteerRecord,
} from '../../../shared/volunteers/volunteer-record';
import {
  standingsBucket,
  standingsOf,
  updateStandings,
} from '../../../shared/volunteers/volunteer-standings';
import type { WriteTransaction } from '../write-transaction';
import type { DerivedModule } from './derived-module';

interface ShiftChange {
  before: VolunteerShift | null;
  after: VolunteerShift | null;
}

/** The net shift changes of the write that can change someone's figures. */
function shiftChangesOf(write: WriteTransaction): ShiftChange[] {
  // After a clear, every row counts as new: what it replaced went with the figures cleared.
  const cleared = write.changes.cleared('volunteerShifts');
  return write.changes
    .of('volunteerShifts')
    .map(({ before, after }) => ({
      before: cleared ? null : (before ?? null),
      after: after ?? null,
    }))
    .filter(({ before, after }) => changesFigures(before, after));
}

/** The person part of each person whose name, reading, sort key or trash state changed. */
function personPartsChanged(write: WriteTransaction): Map<string, VolunteerPerson | null> {
  const cleared = write.changes.cleared('people');
  const changed = new Map<string, VolunteerPerson | null>();
  for (const { key, before, after } of write.changes.of('people')) {
    // After a clear, every row counts as new, whatever it replaced.
    const person = volunteerPersonOf(after);
    const was = cleared ? null : volunteerPersonOf(before);
    if (!sameVolunteerPerson(was, person)) changed.set(key, person);
  }
  return changed;
}

/** The stored records among `ids`: one key-only read over their span, then the hits by key. */
async function storedRecordsAmong(
  write: WriteTransaction,
  ids: ReadonlySet<string>,
): Promise<VolunteerRecord[]> {
  if (ids.size === 0) return [];
  const sorted = [...ids].sort();
  const table = write.db.volunteerFigures;
  const keys = await table
    .where(':id')
    .between(sorted[0], sorted.at(-1)!, true, true)
    .primaryKeys();
  const hits = keys.filter((key) => ids.has(key));
  const records = await table.bulkGet(hits);
  return records.filter((record) => record !== undefined);
}

/** The records of `volunteers` (new ones named from their person row) and of `renamed`. */
async function recordsTouched(
  write: WriteTransaction,
  volunteers: ReadonlySet<string>,
  renamed: ReadonlyMap<string, VolunteerPerson | null>,
  everyRecord: boolean,
): Promise<Map<string, VolunteerRecord>> {
  const stored = everyRecord
    ? await write.db.volunteerFigures.toArray()
    : await storedRecordsAmong(write, new Set([...volunteers, ...renamed.keys()]));
  const records = new Map(stored.map((record) => [record.personId, record]));
  const missing = [...volunteers].filter((id) => !records.has(id));
  const people = await write.db.people.bulkGet(missing);
  missing.forEach((id, index) => records.set(id, emptyVolunteerRecord(id, people[index])));
  return records;
}

/** Replaces the standings of `volunteers` in their buckets; a bucket left empty is deleted. */
async function writeStandings(
  write: WriteTransaction,
  volunteers: readonly VolunteerRecord[],
): Promise<void> {
  const table = write.db.volunteerStandings;
  const keys = [...new Set(volunteers.map(({ personId }) => standingsBucket(personId)))];
  const current = (await table.bulkGet(keys)).filter((bucket) => bucket !== undefined);
  const kept = volunteers.filter((record) => !hasNoShifts(record));
  const removed = volunteers.filter(hasNoShifts).map(({ personId }) => personId);
  const buckets = updateStandings(current, kept, removed);
  await table.bulkPut(buckets.filter(({ standings }) => standings.length > 0));
  await table.bulkDelete(
    buckets.filter(({ standings }) => standings.length === 0).map(({ key }) => key),
  );
}

/** The shift changes of each person whose figures they change (a moved shift: both people). */
function changesByPerson(changes: readonly ShiftChange[]): Map<string, ShiftChange[]> {
  const byPerson = new Map<string, ShiftChange[]>();
  for (const change of changes) {
    const ids = new Set([change.before?.personId, change.after?.personId]);
    for (const id of ids) {
      if (id === undefined) continue;
      const list = byPerson.get(id);
      if (list) list.push(change);
      else byPerson.set(id, [change]);
    }
  }
  return byPerson;
}

async function applyVolunteerFigures(write: WriteTransaction): Promise<void> {
  const { changes, db } = write;
  const peopleCleared = changes.cleared('people');
  if (changes.cleared('volunteerShifts')) {
    await Promise.all([db.volunteerFigures.clear(), db.volunteerStandings.clear()]);
  }
  const shiftChanges = changesByPerson(shiftChangesOf(write));
  const renamed = personPartsChanged(write);
  if (shiftChanges.size === 0 && renamed.size === 0 && !peopleCleared) return;

  const volunteers = new Set(shiftChanges.keys());
  const records = await recordsTouched(write, volunteers, renamed, peopleCleared);
  const figuresWritten: VolunteerRecord[] = [];
  const renamedOnly: VolunteerRecord[] = [];
  for (const record of records.values()) {
    let next = record;
    for (const { before, after } of shiftChanges.get(record.personId) ?? []) {
      next = updateFigures(next, before, after);
    }
    if (renamed.has(record.personId) || peopleCleared) {
      // After a clear of people, whoever was not written again is gone.
      const person = renamed.get(record.personId) ?? null;
      if (!sameVolunteerPerson(next.person, person)) next = { ...next, person };
    }
    if (volunteers.has(record.personId)) figuresWritten.push(next);
    else if (next !== record) renamedOnly.push(next);
  }
  await db.volunteerFigures.bulkPut([
    ...figuresWritten.filter((record) => !hasNoShifts(record)),
    ...renamedOnly,
  ]);
  await db.volunteerFigures.bulkDelete(
    figuresWritten.filter(hasNoShifts).map(({ personId }) => personId),
  );
  if (figuresWritten.length > 0) await writeStandings(write, figuresWritten);
}

export const volunteerFiguresModule: DerivedModule = {
  name: 'volunteer figures',
  tables: ['volunteerFigures', 'volunteerStandings'],
  apply: applyVolunteerFigures,
  rebuild: ({ volunteerShifts, people }) => {
    const records = volunteerRecords(
      volunteerShifts,
      new Map(people.map((person) => [person.id, person])),
    );
    return { tables: { volunteerFigures: records, volunteerStandings: standingsOf(records) } };
  },
};
