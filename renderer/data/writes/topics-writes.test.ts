import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { getPerson } from '../../repositories/people-repository';
import { createPerson } from './people-writes';
import { loadTopicAliases } from '../../repositories/topics-repository';
import { runWrite } from '../run-write';
import { addTopicAlias, ensureTopicsIn, removeTopicAlias, renameTopic } from './topics-writes';

const ensureTopics = (db: HallwayDatabase, raw: string[]) =>
  runWrite(db, (write) => ensureTopicsIn(write, raw));

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`topics-writes-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('topics', () => {
  it('labels a new topic as first typed, and keeps an existing label', async () => {
    const db = freshDatabase();
    expect(await ensureTopics(db, ['Straße Art', ' ', 'straße_art'])).toEqual(['strasse-art']);
    expect((await db.topics.get('strasse-art'))?.label).toBe('Straße Art');
    await renameTopic(db, 'strasse-art', 'Street art');
    await ensureTopics(db, ['STRASSE ART']);
    expect((await db.topics.get('strasse-art'))?.label).toBe('Street art');
  });

  it('resolves what the user types through their own aliases', async () => {
    const db = freshDatabase();
    await ensureTopics(db, ['Ruby']);
    await addTopicAlias(db, 'ruby', 'RubyKaigi');
    expect(await loadTopicAliases(db)).toEqual(new Map([['rubykaigi', 'ruby']]));
    const person = await createPerson(db, { displayName: 'Matz', interests: ['rubykaigi'] });
    expect(person.interests).toEqual(['ruby']);
    await removeTopicAlias(db, 'ruby', 'RubyKaigi');
    expect(await ensureTopics(db, ['RubyKaigi'])).toEqual(['rubykaigi']);
  });

  it('merges a topic that becomes an alias into its new topic, people included', async () => {
    const db = freshDatabase();
    const person = await createPerson(db, {
      displayName: 'Ada',
      interests: ['Kaigi Ruby', 'Ruby'],
      asks: ['Kaigi Ruby'],
    });
    await addTopicAlias(db, 'ruby', 'kaigi-ruby');
    expect(await db.topics.get('kaigi-ruby')).toBeUndefined();
    expect(await getPerson(db, person.id)).toMatchObject({ interests: ['ruby'], asks: ['ruby'] });
    expect((await db.topics.get('ruby'))?.aliases).toEqual(['kaigi-ruby']);
  });

  it('refuses an alias that is the topic itself or an unknown topic', async () => {
    const db = freshDatabase();
    await ensureTopics(db, ['Ruby']);
    await expect(addTopicAlias(db, 'ruby', 'RUBY')).rejects.toMatchObject({
      code: 'invalid-alias',
    });
    await expect(addTopicAlias(db, 'nope', 'x')).rejects.toMatchObject({ code: 'not-found' });
  });
});
