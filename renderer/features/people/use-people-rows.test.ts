import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personFixture } from '../../../shared/domain/person-fixture';
import { HallwayDatabase } from '../../db/database';
import { loadPeopleRows } from './use-people-rows';

let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`people-rows-${crypto.randomUUID()}`);
  await db.open();
  await db.people.bulkAdd([
    personFixture({
      id: 'aiko',
      displayName: 'Aiko Tanaka',
      interests: ['javascript', 'elixir', 'postgresql'],
      offers: ['rust'],
    }),
    personFixture({ id: 'ben', displayName: 'Ben Carter' }),
  ]);
  await db.topics.put({
    key: 'elixir',
    label: 'Elixir ✨',
    aliases: [],
    createdAt: 1,
    updatedAt: 1,
  });
});

afterEach(async () => {
  await db.delete();
});

describe('loadPeopleRows', () => {
  it('loads only the rows asked for, with three topics labelled as stored', async () => {
    const rows = await loadPeopleRows(db, ['aiko', 'gone']);

    expect([...rows.keys()]).toEqual(['aiko']);
    expect(rows.get('aiko')?.topics.map((topic) => topic.label)).toEqual([
      'JavaScript',
      'Elixir ✨',
      'PostgreSQL',
    ]);
  });

  it('shows the topic the list is filtered by first', async () => {
    const rows = await loadPeopleRows(db, ['aiko', 'ben'], 'rust');

    expect(rows.get('aiko')?.topics.map((topic) => topic.key)).toEqual([
      'rust',
      'javascript',
      'elixir',
    ]);
    expect(rows.get('ben')?.topics).toEqual([]);
  });
});
