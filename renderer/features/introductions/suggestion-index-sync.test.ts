import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  LIVE,
  type HallwayEvent,
  type Interaction,
  type Person,
  type VolunteerShift,
} from '../../../shared/domain/entities';
import { introductionFixture } from '../../../shared/domain/introduction-fixture';
import { personFixture } from '../../../shared/domain/person-fixture';
import { pairKey } from '../../../shared/suggestions/introduction-profile';
import { compactChanges, latestChangeSeq, setReaderPosition } from '../../data/change-feed';
import { runWrite } from '../../data/run-write';
import { HallwayDatabase } from '../../db/database';
import { SuggestionIndexSync } from './suggestion-index-sync';
import { readUpcomingAttendance } from './upcoming-attendance';

vi.mock('./upcoming-attendance', async (original) => {
  const module = await original<typeof import('./upcoming-attendance')>();
  return { ...module, readUpcomingAttendance: vi.fn(module.readUpcomingAttendance) };
});

const NOW = Date.UTC(2026, 4, 1);
const DAY = 86_400_000;

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function castDatabase(): Promise<HallwayDatabase> {
  const db = new HallwayDatabase(`suggestions-${crypto.randomUUID()}`);
  opened.push(db);
  await runWrite(db, (write) =>
    write.insert('people', [
      personFixture({ id: 'ana', offers: ['rails'], asks: ['design'] }),
      personFixture({ id: 'ben', offers: ['design'], asks: ['rails'] }),
      personFixture({ id: 'cleo', interests: ['elixir'], asks: ['rails'] }),
    ]),
  );
  return db;
}

async function startedSync(db: HallwayDatabase): Promise<SuggestionIndexSync> {
  const sync = new SuggestionIndexSync(db, () => NOW);
  await sync.start();
  return sync;
}

const candidates = async (sync: SuggestionIndexSync, personId: string) =>
  (await sync.suggestFor(personId, 5)).map((suggestion) => suggestion.candidateId);
const patchPerson = (db: HallwayDatabase, id: string, changes: Partial<Person>) =>
  runWrite(db, (write) => write.patch('people', id, changes));

describe('SuggestionIndexSync', () => {
  it('suggests from the stored profiles, best pair first', async () => {
    const sync = await startedSync(await castDatabase());
    const top = await sync.suggestTopPairs(5);
    expect(top.map((s) => pairKey(s.personId, s.candidateId))[0]).toBe(pairKey('ana', 'ben'));
    expect(top[0]!.tier).toBe(2);
  });

  it('leaves out introduced and dismissed pairs, and takes later edits into account', async () => {
    const db = await castDatabase();
    const sync = await startedSync(db);
    expect(await candidates(sync, 'cleo')).toEqual(['ana']);

    await runWrite(db, async (write) => {
      await write.insert('introductions', [
        introductionFixture({ id: 'i', aId: 'ana', bId: 'ben' }),
      ]);
      await write.insert('introductionDismissals', [
        { pairKey: pairKey('cleo', 'ana'), aId: 'ana', bId: 'cleo', dismissedAt: 5 },
      ]);
    });
    await patchPerson(db, 'ben', { offers: ['design', 'rails'] });

    expect(await sync.suggestFor('ana', 5)).toEqual([]);
    expect(await candidates(sync, 'cleo')).toEqual(['ben']);
  });

  it('forgets people moved to the trash or purged, and knows them again once restored', async () => {
    const db = await castDatabase();
    const sync = await startedSync(db);
    await patchPerson(db, 'ana', { deletedAt: 9 });
    expect(await candidates(sync, 'ben')).toEqual([]);
    await patchPerson(db, 'ana', { deletedAt: LIVE });
    expect(await candidates(sync, 'ben')).toEqual(['ana']);
    await runWrite(db, (write) => write.remove('people', ['ana']));
    expect(await candidates(sync, 'ben')).toEqual([]);
  });

  it('reads everyone again when people were replaced wholesale (a restore)', async () => {
    const db = await castDatabase();
    const sync = await startedSync(db);
    await runWrite(db, async (write) => {
      await write.clear('people');
      await write.insert('people', [
        personFixture({ id: 'dan', offers: ['design'] }),
        personFixture({ id: 'eve', asks: ['design'] }),
      ]);
    });
    expect(await candidates(sync, 'eve')).toEqual(['dan']);
    expect(await candidates(sync, 'ben')).toEqual([]);
  });

  it('reads everyone again when the feed was compacted past its position', async () => {
    const db = await castDatabase();
    const sync = await startedSync(db);
    await patchPerson(db, 'cleo', { asks: ['design'] });
    await setReaderPosition(db, 'search', await latestChangeSeq(db));
    await compactChanges(db, 0);
    expect(await db.changes.count()).toBe(0);
    expect(await candidates(sync, 'cleo')).toEqual(['ben']);
  });

  it('rebuilds for upcoming attendance when events, interactions or volunteer shifts change', async () => {
    const db = await castDatabase();
    const sync = await startedSync(db);
    const shared = async () =>
      (await sync.suggestFor('cleo', 5)).find((s) => s.candidateId === 'ana')?.reasons
        .sharedUpcomingEventIds;
    expect(await shared()).toEqual([]);

    await runWrite(db, async (write) => {
      await write.insert('events', [event('e1')]);
      await write.insert('volunteerShifts', [shift('s1', 'cleo'), shift('s2', 'ana')]);
    });
    expect(await shared()).toEqual(['e1']);

    await runWrite(db, (write) => write.patch('volunteerShifts', 's2', { status: 'cancelled' }));
    expect(await shared()).toEqual([]);

    await runWrite(db, (write) => write.insert('interactions', [met('m1', 'ana')]));
    expect(await shared()).toEqual(['e1']);

    await runWrite(db, (write) => write.patch('events', 'e1', { deletedAt: 9 }));
    expect(await shared()).toEqual([]);
  });

  it('builds its index again only when the feed lists a table the index is built from', async () => {
    const db = await castDatabase();
    const sync = await startedSync(db);
    await sync.suggestFor('cleo', 5);
    const reads = vi.mocked(readUpcomingAttendance).mock.calls.length;

    await runWrite(db, (write) =>
      write.insert('introductions', [introductionFixture({ id: 'i', aId: 'ana', bId: 'cleo' })]),
    );
    expect(await candidates(sync, 'cleo')).toEqual([]);
    expect(vi.mocked(readUpcomingAttendance).mock.calls.length).toBe(reads);

    await runWrite(db, (write) => write.insert('events', [event('e2')]));
    await sync.suggestFor('cleo', 5);
    await sync.suggestTopPairs(5);
    expect(vi.mocked(readUpcomingAttendance).mock.calls.length).toBe(reads + 1);
  });
});

function event(id: string): HallwayEvent {
  return {
    id,
    name: 'Ruby Meetup',
    series: '',
    kind: 'meetup',
    startsAt: NOW + 3 * DAY,
    endsAt: null,
    location: '',
    url: '',
    myRole: '',
    notes: '',
    createdAt: 1,
    updatedAt: 1,
    deletedAt: LIVE,
  };
}

function shift(id: string, personId: string): VolunteerShift {
  return {
    id,
    eventId: 'e1',
    personId,
    role: 'door',
    startsAt: NOW + 3 * DAY,
    endsAt: NOW + 3 * DAY + 3_600_000,
    status: 'confirmed',
    hours: 1,
    note: '',
    createdAt: 1,
    updatedAt: 1,
    deletedAt: LIVE,
  };
}

function met(id: string, personId: string): Interaction {
  return {
    id,
    personId,
    at: NOW,
    kind: 'met',
    eventId: 'e1',
    note: '',
    createdAt: 1,
    updatedAt: 1,
    deletedAt: LIVE,
  };
}
