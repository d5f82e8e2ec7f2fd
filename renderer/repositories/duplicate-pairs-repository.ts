// "Find duplicates" reads: the runs of people sharing a key, straight from the people table's
// multi-entry key indexes (emailKeys, linkKeys, nameKeys, in key order: only keys and ids, never
// the rows of 50,000 people), the companies of people who share a name, the trashed ids from the
// deletedAt index and the dismissed pairs. shared/people/duplicate-pairs
// turns that into pairs and reasons. The writes are in data/writes/duplicate-dismissals-writes.
import type { Collection, InsertType } from 'dexie';
import type { Person } from '../../shared/domain/entities';
import {
  findDuplicatePairs,
  groupRuns,
  splitByCompany,
  type DuplicatePair,
} from '../../shared/people/duplicate-pairs';
import type { HallwayDatabase } from '../db/database';

const ROWS_READ_FOR_COMPANY = 2_000;

async function sharedKeyRuns(
  collection: Collection<Person, string, InsertType<Person, 'id'>>,
): Promise<string[][]> {
  const entries: [string, string][] = [];
  await collection.eachKey((key, cursor) => {
    entries.push([key as string, cursor.primaryKey as string]);
  });
  return groupRuns(entries);
}

/** Few people share a name: their rows. Many (made-up sample names): the company index's keys. */
async function companiesOf(db: HallwayDatabase, ids: string[]): Promise<Map<string, string>> {
  const companies = new Map<string, string>();
  if (ids.length <= ROWS_READ_FOR_COMPANY) {
    for (const person of await db.people.bulkGet(ids)) {
      if (person) companies.set(person.id, person.company);
    }
  } else {
    await db.people.orderBy('company').eachKey((company, cursor) => {
      companies.set(cursor.primaryKey as string, company as string);
    });
  }
  return companies;
}

export async function readDuplicatePairs(db: HallwayDatabase): Promise<DuplicatePair[]> {
  return db.transaction('r', db.people, db.duplicateDismissals, async () => {
    // One cursor at a time: cursors interleaved in one transaction lose IndexedDB's prefetching
    // (at 50,000 people, 42 s together against 8 s one after the other).
    const trashed = await db.people.where('deletedAt').above(0).primaryKeys();
    const dismissed = await db.duplicateDismissals.toCollection().primaryKeys();
    const email = await sharedKeyRuns(db.people.orderBy('emailKeys'));
    const profileUrl = await sharedKeyRuns(db.people.orderBy('linkKeys'));
    const sameName = await sharedKeyRuns(db.people.where('nameKeys').startsWith('n:'));
    const reading = await sharedKeyRuns(db.people.where('nameKeys').startsWith('r:'));
    const companies = await companiesOf(db, [...new Set(sameName.flat())]);
    const trashedIds = new Set(trashed);
    return findDuplicatePairs(
      {
        email,
        'profile-url': profileUrl,
        'name-and-company': splitByCompany(sameName, (id) => companies.get(id)),
        reading,
      },
      { isTrashed: (id) => trashedIds.has(id), dismissed: new Set(dismissed) },
    );
  });
}
