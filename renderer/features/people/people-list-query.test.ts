import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Interaction, Person } from '../../../shared/domain/entities';
import { sortNameOf } from '../../../shared/people/sort-name';
import { personFixture } from '../../../shared/domain/person-fixture';
import { HallwayDatabase } from '../../db/database';
import {
  firstLivePersonIds,
  listPersonIds,
  NO_FILTERS,
  type PeopleFilters,
} from './people-list-query';

const NOW = Date.UTC(2026, 5, 1);
const DAY = 86_400_000;

let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`people-list-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

function person(fields: Partial<Person> & Pick<Person, 'id' | 'displayName'>): Person {
  const base = personFixture(fields);
  return { ...base, sortName: sortNameOf(base.nameReading, base.displayName) };
}

function met(id: string, personId: string, eventId: string, fields: Partial<Interaction> = {}) {
  return {
    id,
    personId,
    eventId,
    at: NOW - DAY,
    kind: 'met',
    note: '',
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: 0,
    ...fields,
  } satisfies Interaction;
}

const filters = (changes: Partial<PeopleFilters>): PeopleFilters => ({ ...NO_FILTERS, ...changes });

describe('the people list order', () => {
  it('sorts by name, Japanese names by their kana reading and accents among their letters', async () => {
    await db.people.bulkAdd([
      person({ id: 'zoe', displayName: 'Zoe Baker' }),
      person({ id: 'goto', displayName: '後藤 太郎', nameReading: 'ゴトウ タロウ' }),
      person({ id: 'emile', displayName: 'Émile Zola' }),
      person({ id: 'kobayashi', displayName: '小林 花子', nameReading: 'こばやし はなこ' }),
      person({ id: 'ada', displayName: 'ada Lovelace' }),
      person({ id: 'abe', displayName: '安部 直子', nameReading: 'あべ なおこ' }),
    ]);

    expect(await listPersonIds(db, 'name', NO_FILTERS, NOW)).toEqual([
      'ada',
      'emile',
      'zoe',
      'abe',
      'goto',
      'kobayashi',
    ]);
  });

  it('sorts by last contact newest first, people never contacted last', async () => {
    await db.people.bulkAdd([
      person({ id: 'never', displayName: 'Never Met', lastContactAt: 0 }),
      person({ id: 'old', displayName: 'Old Friend', lastContactAt: NOW - 400 * DAY }),
      person({ id: 'recent', displayName: 'Recent', lastContactAt: NOW - DAY }),
    ]);

    expect(await listPersonIds(db, 'last-contact', NO_FILTERS, NOW)).toEqual([
      'recent',
      'old',
      'never',
    ]);
  });

  it('sorts by date added newest first', async () => {
    await db.people.bulkAdd([
      person({ id: 'first', displayName: 'First', createdAt: 1 }),
      person({ id: 'third', displayName: 'Third', createdAt: 3 }),
      person({ id: 'second', displayName: 'Second', createdAt: 2 }),
    ]);

    expect(await listPersonIds(db, 'date-added', NO_FILTERS, NOW)).toEqual([
      'third',
      'second',
      'first',
    ]);
  });

  it('reads the first page of the same order with a limit', async () => {
    await db.people.bulkAdd(
      ['d', 'a', 'c', 'b', 'e'].map((name, index) =>
        person({ id: name, displayName: name, createdAt: index, deletedAt: name === 'c' ? 1 : 0 }),
      ),
    );

    expect(await firstLivePersonIds(db, 'name', 2)).toEqual(['a', 'b']);
    expect(await firstLivePersonIds(db, 'date-added', 3)).toEqual(['e', 'b', 'a']);
    expect(await listPersonIds(db, 'date-added', NO_FILTERS, NOW)).toEqual(['e', 'b', 'a', 'd']);
  });

  it('leaves out people in the trash', async () => {
    await db.people.bulkAdd([
      person({ id: 'live', displayName: 'Live' }),
      person({ id: 'trashed', displayName: 'Trashed', deletedAt: NOW }),
    ]);

    for (const sort of ['name', 'last-contact', 'date-added'] as const) {
      expect(await listPersonIds(db, sort, NO_FILTERS, NOW)).toEqual(['live']);
    }
  });
});

describe('the people list filters', () => {
  beforeEach(async () => {
    await db.people.bulkAdd([
      person({
        id: 'aiko',
        displayName: '田中 愛子',
        nameReading: 'たなか あいこ',
        company: 'Mercari',
        interests: ['rust'],
        lastContactAt: NOW - 10 * DAY,
      }),
      person({
        id: 'ben',
        displayName: 'Ben Carter',
        company: 'mercari',
        offers: ['rust'],
        lastContactAt: NOW - 300 * DAY,
      }),
      person({
        id: 'chloe',
        displayName: 'Chloe Dupont',
        company: 'Cookpad',
        asks: ['rust'],
        interests: ['elixir'],
      }),
      person({
        id: 'dan',
        displayName: 'Dan Evans',
        company: 'Merpay',
        interests: ['rust'],
        deletedAt: NOW,
      }),
    ]);
  });

  it('finds people by topic, in any group or in one', async () => {
    expect(
      await listPersonIds(db, 'name', filters({ topic: { key: 'rust', field: 'any' } }), NOW),
    ).toEqual(['ben', 'chloe', 'aiko']);
    expect(
      await listPersonIds(db, 'name', filters({ topic: { key: 'rust', field: 'offers' } }), NOW),
    ).toEqual(['ben']);
    expect(
      await listPersonIds(db, 'name', filters({ topic: { key: 'rust', field: 'asks' } }), NOW),
    ).toEqual(['chloe']);
  });

  it('finds the people met at an event, not those only messaged about it', async () => {
    await db.interactions.bulkAdd([
      met('i1', 'aiko', 'rustfest'),
      met('i2', 'ben', 'rustfest', { kind: 'message' }),
      met('i3', 'chloe', 'rustfest', { deletedAt: NOW }),
      met('i4', 'ben', 'other'),
    ]);

    expect(await listPersonIds(db, 'name', filters({ eventId: 'rustfest' }), NOW)).toEqual([
      'aiko',
    ]);
  });

  it('finds people by company prefix, whatever the case', async () => {
    expect(await listPersonIds(db, 'name', filters({ company: 'MER' }), NOW)).toEqual([
      'ben',
      'aiko',
    ]);
  });

  it('finds people not contacted for some months, never contacted included', async () => {
    expect(await listPersonIds(db, 'name', filters({ notContactedMonths: 6 }), NOW)).toEqual([
      'ben',
      'chloe',
    ]);
  });

  it('finds the people in an introduction the user made or that connected', async () => {
    const introduction = (
      id: string,
      aId: string,
      bId: string,
      status: 'idea' | 'made' | 'connected',
    ) => ({
      id,
      aId,
      bId,
      status,
      reason: '',
      outcome: '',
      statusDates: {},
      madeAt: null,
      createdAt: NOW,
      updatedAt: NOW,
      deletedAt: 0,
    });
    await db.introductions.bulkAdd([
      introduction('i1', 'aiko', 'ben', 'made'),
      introduction('i2', 'ben', 'chloe', 'connected'),
      introduction('i3', 'chloe', 'dan', 'idea'),
      { ...introduction('i4', 'aiko', 'dan', 'made'), deletedAt: NOW },
    ]);
    expect(await listPersonIds(db, 'name', filters({ introducedByMe: true }), NOW)).toEqual([
      'ben',
      'chloe',
      'aiko',
    ]);
  });

  it('combines filters: only people passing every one', async () => {
    const combined = filters({
      topic: { key: 'rust', field: 'any' },
      company: 'mer',
      notContactedMonths: 3,
    });

    expect(await listPersonIds(db, 'name', combined, NOW)).toEqual(['ben']);
    expect(
      await listPersonIds(db, 'name', { ...combined, topic: { key: 'elixir', field: 'any' } }, NOW),
    ).toEqual([]);
  });

  it('keeps the chosen order for a filtered list', async () => {
    expect(
      await listPersonIds(
        db,
        'last-contact',
        filters({ topic: { key: 'rust', field: 'any' } }),
        NOW,
      ),
    ).toEqual(['aiko', 'ben', 'chloe']);
  });
});
