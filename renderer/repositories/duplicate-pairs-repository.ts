// "Find duplicates" reads: the runs of people sharing a key, straight from the people table's
// multi-entry key indexes (emailKeys, linkKeys, nameKeys, in key order: only keys and ids, never
// the rows of 50,000 people), the companies from the company index, the trashed ids from the
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

async function sharedKeyRuns(
  collection: Collection<Person, string, InsertType<Person, 'id'>>,
): Promise<string[][]> {
  const entries: [string, string][] = [];
  await collection.eachKey((key, cursor) => {
    entries.push([key as string, cursor.primaryKey as string]);
  });
  return groupRuns(entries);
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
    // Companies from the company index too (keys only): same names can be thousands of people.
    const companies = new Map<string, string>();
    if (sameName.length > 0) {
      await db.people.orderBy('company').eachKey((company, cursor) => {
        companies.set(cursor.primaryKey as string, company as string);
      });
    }
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
