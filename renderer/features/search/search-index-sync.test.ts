import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personFixture } from '../../../shared/domain/person-fixture';
import { PEOPLE_SEARCH_INDEX_ID } from '../../../shared/search/persisted-search-index';
import { HallwayDatabase } from '../../db/database';
import {
  createPerson,
  purgePerson,
  restorePerson,
  trashPerson,
  updatePerson,
} from '../../repositories/people-repository';
import { SearchIndexSync } from './search-index-sync';

let db: HallwayDatabase;
const syncs: SearchIndexSync[] = [];

function newSync(): SearchIndexSync {
  const sync = new SearchIndexSync(db, { persistDelayMs: 60_000 });
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
    const persisted = await db.searchIndex.get(PEOPLE_SEARCH_INDEX_ID);
    expect(persisted?.people.map((person) => person.displayName)).toEqual(['Taro Suzuki']);
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

  it('rebuilds when the persisted index has another format', async () => {
    await db.people.add(personFixture({ id: 'a', displayName: 'Kept Person' }));
    await db.searchIndex.put({
      id: PEOPLE_SEARCH_INDEX_ID,
      format: -1,
      miniSearch: '{}',
      people: [],
      watermark: 99,
    });
    const sync = newSync();
    await sync.start();
    expect(names(sync, 'kept')).toEqual(['Kept Person']);
  });
});
