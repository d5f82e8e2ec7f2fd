import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  LIVE,
  type HallwayEvent,
  type Interaction,
  type Person,
  type Topic,
} from '../../../shared/domain/entities';
import { personFixture } from '../../../shared/domain/person-fixture';
import { SEARCH_INDEX_FORMAT } from '../../../shared/search/people-search-index';
import { PEOPLE_SEARCH_INDEX_ID } from '../../../shared/search/persisted-search-index';
import { compactChanges, latestChangeSeq, setReaderPosition } from '../../data/change-feed';
import { runWrite } from '../../data/run-write';
import { SEARCH_READER } from '../../data/search-index-store';
import { HallwayDatabase } from '../../db/database';
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

const insert = (...people: Person[]) => runWrite(db, (write) => write.insert('people', people));
const patch = (id: string, changes: Partial<Person>) =>
  runWrite(db, (write) => write.patch('people', id, changes));
const trash = (id: string) => patch(id, { deletedAt: 10 });
const purge = (id: string) => runWrite(db, (write) => write.remove('people', [id]));
const topic = (key: string, label: string): Topic => ({
  key,
  label,
  aliases: [],
  createdAt: 1,
  updatedAt: 1,
});
const rustFest: HallwayEvent = {
  id: 'rustfest',
  createdAt: 1,
  updatedAt: 1,
  deletedAt: LIVE,
  name: 'RustFest',
  series: 'Rust Tokyo',
  kind: 'conference',
  startsAt: 1,
  endsAt: null,
  location: 'Shibuya',
  url: '',
  myRole: '',
  notes: '',
};
const metAtRustFest: Interaction = {
  id: 'met',
  createdAt: 1,
  updatedAt: 1,
  deletedAt: LIVE,
  personId: 'kenji',
  at: 2,
  kind: 'met',
  eventId: 'rustfest',
  note: 'Talked about WASM',
};
const storedParts = () =>
  db.searchIndex.where('id').startsWith(`${PEOPLE_SEARCH_INDEX_ID}#`).count();

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
    await insert(
      personFixture({ id: 'a', displayName: '山田 花子', nameReading: 'やまだ はなこ' }),
      personFixture({ id: 'b', displayName: 'Old Contact', deletedAt: 10 }),
    );
    const sync = newSync();
    await sync.start();
    expect(names(sync, 'ヤマダ')).toEqual(['山田 花子']);
    expect(names(sync, 'old contact')).toEqual([]);
    expect(sync.size).toBe(1);
  });

  it('follows creates, edits, trash, restore and purge through the change feed', async () => {
    const sync = newSync();
    await sync.start();
    await insert(personFixture({ id: 'maria', displayName: 'María García', company: 'Acme' }));
    await sync.refresh();
    expect(names(sync, 'garcia')).toEqual(['María García']);

    await patch('maria', { company: 'Globex' });
    await sync.refresh();
    expect(names(sync, 'globex')).toEqual(['María García']);
    expect(names(sync, 'acme')).toEqual([]);

    await trash('maria');
    await sync.refresh();
    expect(names(sync, 'garcia')).toEqual([]);

    await patch('maria', { deletedAt: LIVE });
    await sync.refresh();
    expect(names(sync, 'garcia')).toEqual(['María García']);

    await purge('maria');
    await sync.refresh();
    expect(names(sync, 'garcia')).toEqual([]);
    expect(sync.size).toBe(0);
  });

  it('starts over when people were replaced wholesale (a restore)', async () => {
    await insert(personFixture({ id: 'a', displayName: 'Before Restore' }));
    const sync = newSync();
    await sync.start();
    await runWrite(db, async (write) => {
      await write.clear('people');
      await write.insert('people', [personFixture({ id: 'b', displayName: 'After Restore' })]);
    });
    await sync.refresh();
    expect(names(sync, 'restore')).toEqual(['After Restore']);
  });

  it('shows and finds a topic under its current label once the label changes', async () => {
    await runWrite(db, (write) => write.insert('topics', [topic('rails', 'Ruby on Rails')]));
    await insert(personFixture({ id: 'a', displayName: 'Kenji Mori', offers: ['rails'] }));
    const sync = newSync();
    await sync.start();
    expect(sync.search('ruby')[0]?.matchedTopic?.label).toBe('Ruby on Rails');

    await runWrite(db, (write) => write.patch('topics', 'rails', { label: 'Rails Framework' }));
    await sync.refresh();
    expect(names(sync, 'ruby')).toEqual([]);
    expect(sync.search('framework')[0]?.matchedTopic?.label).toBe('Rails Framework');

    await runWrite(db, (write) => write.remove('topics', ['rails']));
    await sync.refresh();
    expect(names(sync, 'framework')).toEqual([]);
    expect(sync.search('rails')[0]?.matchedTopic?.label).toBe('rails');
  });

  it('finds people by the events they were met at and the notes, following their changes', async () => {
    await insert(personFixture({ id: 'kenji', displayName: 'Kenji Mori' }));
    await runWrite(db, (write) => write.insert('events', [rustFest]));
    await runWrite(db, (write) => write.insert('interactions', [metAtRustFest]));
    const sync = newSync();
    await sync.start();
    expect(names(sync, 'the person I talked to about WASM at RustFest')).toEqual(['Kenji Mori']);

    await runWrite(db, (write) => write.patch('events', 'rustfest', { name: 'RustConf' }));
    await sync.refresh();
    expect(names(sync, 'rustfest')).toEqual([]);
    expect(names(sync, 'rustconf shibuya')).toEqual(['Kenji Mori']);

    await runWrite(db, (write) => write.patch('interactions', 'met', { note: 'Zig fan' }));
    await sync.refresh();
    expect(names(sync, 'wasm')).toEqual([]);
    expect(names(sync, 'zig')).toEqual(['Kenji Mori']);

    await runWrite(db, (write) => write.patch('interactions', 'met', { deletedAt: 10 }));
    await sync.refresh();
    expect(names(sync, 'zig')).toEqual([]);
    expect(names(sync, 'rustconf')).toEqual([]);
  });

  it('finds volunteers by the event they volunteered at', async () => {
    await insert(personFixture({ id: 'kenji', displayName: 'Kenji Mori' }));
    await runWrite(db, (write) => write.insert('events', [rustFest]));
    const sync = newSync();
    await sync.start();
    await runWrite(db, (write) =>
      write.insert('volunteerShifts', [
        {
          id: 'shift',
          createdAt: 1,
          updatedAt: 1,
          deletedAt: LIVE,
          eventId: 'rustfest',
          personId: 'kenji',
          role: 'reception',
          startsAt: 1,
          endsAt: 2,
          status: 'confirmed',
          hours: 0,
          note: '',
        },
      ]),
    );
    await sync.refresh();
    expect(names(sync, 'rustfest')).toEqual(['Kenji Mori']);
    await runWrite(db, (write) => write.patch('volunteerShifts', 'shift', { deletedAt: 10 }));
    await sync.refresh();
    expect(names(sync, 'rustfest')).toEqual([]);
  });

  it('indexes a new meeting logged after start', async () => {
    await insert(personFixture({ id: 'kenji', displayName: 'Kenji Mori' }));
    const sync = newSync();
    await sync.start();
    await runWrite(db, async (write) => {
      await write.insert('events', [rustFest]);
      await write.insert('interactions', [metAtRustFest]);
    });
    await sync.refresh();
    expect(names(sync, 'wasm rustfest')).toEqual(['Kenji Mori']);
  });

  it('persists the index with its feed position, and a new start restores it and catches up', async () => {
    const first = newSync();
    await first.start();
    await insert(
      personFixture({ id: 'taro', displayName: 'Taro Suzuki' }),
      personFixture({ id: 'ken', displayName: 'Ken Suzuki' }),
    );
    await first.refresh();
    await first.flush();
    const seq = await latestChangeSeq(db);
    expect(await db.searchIndex.get(PEOPLE_SEARCH_INDEX_ID)).toMatchObject({
      format: SEARCH_INDEX_FORMAT,
      seq,
      parts: await storedParts(),
    });
    expect(await db.localState.get(`feed.reader.${SEARCH_READER}`)).toMatchObject({ value: seq });
    first.dispose();

    // Written behind the feed's back: only a rebuild (not a restore) would find it.
    await db.people.add(personFixture({ id: 'ghost', displayName: 'Ghost Suzuki' }));
    await insert(personFixture({ id: 'jiro', displayName: 'Jiro Suzuki' }));
    await patch('taro', { displayName: 'Taro Sato' });
    await purge('ken');
    const second = newSync();
    await second.start();
    expect(names(second, 'suzuki')).toEqual(['Jiro Suzuki']);
    expect(names(second, 'sato')).toEqual(['Taro Sato']);
  });

  it('rebuilds when the feed was compacted past the persisted index', async () => {
    const first = newSync();
    await first.start();
    await insert(personFixture({ id: 'a', displayName: 'Early Person' }));
    await first.refresh();
    await first.flush();
    first.dispose();

    await insert(personFixture({ id: 'b', displayName: 'Late Person' }));
    await setReaderPosition(db, SEARCH_READER, await latestChangeSeq(db));
    await compactChanges(db, 0);
    const second = newSync();
    await second.start();
    expect(names(second, 'person').sort()).toEqual(['Early Person', 'Late Person']);
  });

  it('moves its stored position on when only other tables changed', async () => {
    const sync = newSync();
    await sync.start();
    await insert(personFixture({ id: 'a', displayName: 'Kept Person' }));
    await sync.refresh();
    await sync.flush();
    await runWrite(db, (write) => write.insert('topics', [topic('go', 'Go')]));
    await sync.refresh();
    await sync.flush();
    const seq = await latestChangeSeq(db);
    expect(await db.searchIndex.get(PEOPLE_SEARCH_INDEX_ID)).toMatchObject({ seq });
    expect(await db.localState.get(`feed.reader.${SEARCH_READER}`)).toMatchObject({ value: seq });

    const restored = newSync();
    await restored.start();
    expect(names(restored, 'kept')).toEqual(['Kept Person']);
  });

  it('coalesces a burst of change notifications into catch-ups that see every write', async () => {
    const sync = newSync();
    await sync.start();
    const writes = Array.from({ length: 5 }, (_, i) =>
      insert(personFixture({ id: `p${i}`, displayName: `Burst Person${i}` })).then(() =>
        sync.refresh(),
      ),
    );
    await Promise.all(writes);
    expect(names(sync, 'burst')).toHaveLength(5);
  });

  it('persists in parts, restores from them, and leaves no stale part when it shrinks', async () => {
    const first = newSync(200);
    await first.start();
    await insert(
      personFixture({ id: 'taro', displayName: 'Taro Suzuki' }),
      personFixture({ id: 'jiro', displayName: 'Jiro Suzuki' }),
      personFixture({ id: 'hanako', displayName: 'Hanako Yamada' }),
    );
    await first.refresh();
    await first.flush();
    const many = await storedParts();
    expect(many).toBeGreaterThan(3);
    expect(await db.searchIndex.get(PEOPLE_SEARCH_INDEX_ID)).toMatchObject({ parts: many });
    first.dispose();

    const second = newSync(200);
    await second.start();
    expect(names(second, 'suzuki').sort()).toEqual(['Jiro Suzuki', 'Taro Suzuki']);
    for (const id of ['taro', 'jiro']) await trash(id);
    await second.refresh();
    await second.flush();
    const fewer = await storedParts();
    expect(fewer).toBeLessThan(many);
    expect(await db.searchIndex.get(PEOPLE_SEARCH_INDEX_ID)).toMatchObject({ parts: fewer });
  });

  it('rebuilds from an index persisted as one row (before it was cut into parts)', async () => {
    await insert(personFixture({ id: 'a', displayName: 'Kept Person' }));
    await db
      .table('searchIndex')
      .put({ id: PEOPLE_SEARCH_INDEX_ID, format: 1, miniSearch: '{}', people: [], watermark: 99 });
    const sync = newSync();
    await sync.start();
    expect(names(sync, 'kept')).toEqual(['Kept Person']);
  });

  it('rebuilds when a persisted part is cut off', async () => {
    await insert(personFixture({ id: 'a', displayName: 'Kept Person' }));
    await db.searchIndex.bulkPut([
      { id: PEOPLE_SEARCH_INDEX_ID, format: SEARCH_INDEX_FORMAT, seq: 99, parts: 1 },
      { id: `${PEOPLE_SEARCH_INDEX_ID}#0`, text: `{"format":${SEARCH_INDEX_FORMAT},"miniSe` },
    ]);
    const sync = newSync();
    await sync.start();
    expect(names(sync, 'kept')).toEqual(['Kept Person']);
  });

  it('rebuilds an index kept by an updatedAt watermark (format 2, no feed position)', async () => {
    const first = newSync();
    await first.start();
    await insert(personFixture({ id: 'a', displayName: 'Kept Person' }));
    await first.refresh();
    await first.flush();
    first.dispose();
    const head = await db.searchIndex.get(PEOPLE_SEARCH_INDEX_ID);
    const parts = head && 'parts' in head ? head.parts : 0;
    await db
      .table('searchIndex')
      .put({ id: PEOPLE_SEARCH_INDEX_ID, format: 2, watermark: 99, parts });
    // Written behind the feed's back: only a rebuild finds it.
    await db.people.add(personFixture({ id: 'b', displayName: 'Found Person' }));
    const second = newSync();
    await second.start();
    expect(names(second, 'person').sort()).toEqual(['Found Person', 'Kept Person']);
  });
});
