import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personFixture } from '../../../shared/domain/person-fixture';
import { SEARCH_INDEX_FORMAT } from '../../../shared/search/people-search-index';
import { PEOPLE_SEARCH_INDEX_ID } from '../../../shared/search/persisted-search-index';
import { HallwayDatabase } from '../../db/database';
import {
  createPerson,
  purgePerson,
  restorePerson,
  trashPerson,
  updatePerson,
} from '../../data/writes/people-writes';
import { SearchIndexSync } from './search-index-sync';

let db: HallwayDatabase;
const syncs: SearchIndexSync[] = [];

function newSync(partChars?: number): SearchIndexSync {
  const sync = new SearchIndexSync(db, { persistDelayMs: 60_000, partChars });
  syncs.push(sync);
  return sync;
}

const names = (sync: SearchIndexSync, query: string) =>
  sync.search(query).map((hit) => hit.displayName);

beforeEach(async () => {
  db = new HallwayDatabase(`search-sync-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  for (const sync of syncs.splice(0)) sync.dispose();
  await db.delete();
});

describe('SearchIndexSync', () => {
  it('builds the index from the people table when nothing is persisted, skipping the trash', async () => {
    await db.people.bulkAdd([
      personFixture({ id: 'a', displayName: '山田 花子', nameReading: 'やまだ はなこ' }),
      personFixture({ id: 'b', displayName: 'Old Contact', deletedAt: 10 }),
    ]);
    const sync = newSync();
    await sync.start();
    expect(names(sync, 'ヤマダ')).toEqual(['山田 花子']);
    expect(names(sync, 'old contact')).toEqual([]);
    expect(sync.size).toBe(1);
  });

  it('follows creates, edits, trash, restore and purge through the repositories', async () => {
    const sync = newSync();
    await sync.start();
    const person = await createPerson(db, { displayName: 'María García', company: 'Acme' });
    await sync.refresh();
    expect(names(sync, 'garcia')).toEqual(['María García']);

    await updatePerson(db, person.id, { company: 'Globex' });
    await sync.refresh();
    expect(names(sync, 'globex')).toEqual(['María García']);
    expect(names(sync, 'acme')).toEqual([]);

    await trashPerson(db, person.id);
    await sync.refresh();
    expect(names(sync, 'garcia')).toEqual([]);

    await restorePerson(db, person.id);
    await sync.refresh();
    expect(names(sync, 'garcia')).toEqual(['María García']);

    await trashPerson(db, person.id);
    await purgePerson(db, person.id);
    await sync.refresh();
    expect(sync.size).toBe(0);
  });

  it('persists the index and a new start restores it, then catches up from the watermark', async () => {
    const first = newSync();
    await first.start();
    await createPerson(db, { displayName: 'Taro Suzuki' });
    await first.refresh();
    await first.flush();
    const head = await db.searchIndex.get(PEOPLE_SEARCH_INDEX_ID);
    const parts = await db.searchIndex
      .where('id')
      .startsWith(`${PEOPLE_SEARCH_INDEX_ID}#`)
      .toArray();
    expect(head).toMatchObject({ format: SEARCH_INDEX_FORMAT, parts: parts.length });
    expect(parts.length).toBeGreaterThan(0);
    first.dispose();

    await createPerson(db, { displayName: 'Jiro Suzuki' });
    const second = newSync();
    await second.start();
    expect(names(second, 'suzuki').sort()).toEqual(['Jiro Suzuki', 'Taro Suzuki']);
  });

  it('finds people written with old timestamps (a restored backup) by reconciling ids', async () => {
    const sync = newSync();
    await createPerson(db, { displayName: 'Recent Person' });
    await sync.start();
    await db.people.add(personFixture({ id: 'old', displayName: 'Ancient Record', updatedAt: 5 }));
    await sync.refresh();
    expect(names(sync, 'ancient')).toEqual(['Ancient Record']);
  });

  it('coalesces a burst of change notifications into catch-ups that see every write', async () => {
    const sync = newSync();
    await sync.start();
    const writes = Array.from({ length: 5 }, (_, i) =>
      createPerson(db, { displayName: `Burst Person${i}` }).then(() => sync.refresh()),
    );
    await Promise.all(writes);
    expect(names(sync, 'burst')).toHaveLength(5);
  });

  it('persists in parts, restores from them, and leaves no stale part when it shrinks', async () => {
    const storedParts = () =>
      db.searchIndex.where('id').startsWith(`${PEOPLE_SEARCH_INDEX_ID}#`).count();
    const first = newSync(200);
    await first.start();
    const people = [];
    for (const name of ['Taro Suzuki', 'Jiro Suzuki', 'Hanako Yamada']) {
      people.push(await createPerson(db, { displayName: name }));
    }
    await first.refresh();
    await first.flush();
    const many = await storedParts();
    expect(many).toBeGreaterThan(3);
    expect(await db.searchIndex.get(PEOPLE_SEARCH_INDEX_ID)).toMatchObject({ parts: many });
    first.dispose();

    const second = newSync(200);
    await second.start();
    expect(names(second, 'suzuki').sort()).toEqual(['Jiro Suzuki', 'Taro Suzuki']);
    for (const person of people.slice(0, 2)) await trashPerson(db, person.id);
    await second.refresh();
    await second.flush();
    const fewer = await storedParts();
    expect(fewer).toBeLessThan(many);
    expect(await db.searchIndex.get(PEOPLE_SEARCH_INDEX_ID)).toMatchObject({ parts: fewer });
  });

  it('rebuilds from an index persisted as one row (before it was cut into parts)', async () => {
    await db.people.add(personFixture({ id: 'a', displayName: 'Kept Person' }));
    await db
      .table('searchIndex')
      .put({ id: PEOPLE_SEARCH_INDEX_ID, format: 1, miniSearch: '{}', people: [], watermark: 99 });
    const sync = newSync();
    await sync.start();
    expect(names(sync, 'kept')).toEqual(['Kept Person']);
  });

  it('rebuilds when a persisted part is cut off', async () => {
    await db.people.add(personFixture({ id: 'a', displayName: 'Kept Person' }));
    await db.searchIndex.bulkPut([
      { id: PEOPLE_SEARCH_INDEX_ID, format: SEARCH_INDEX_FORMAT, watermark: 99, parts: 1 },
      { id: `${PEOPLE_SEARCH_INDEX_ID}#0`, text: '{"format":2,"miniSearch":{"docu' },
    ]);
    const sync = newSync();
    await sync.start();
    expect(names(sync, 'kept')).toEqual(['Kept Person']);
  });

  it('rebuilds when the persisted index has another format', async () => {
    await db.people.add(personFixture({ id: 'a', displayName: 'Kept Person' }));
    await db.searchIndex.put({ id: PEOPLE_SEARCH_INDEX_ID, format: -1, watermark: 99, parts: 0 });
    const sync = newSync();
    await sync.start();
    expect(names(sync, 'kept')).toEqual(['Kept Person']);
  });
});
