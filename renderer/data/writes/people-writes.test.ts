import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { sortNameOf } from '../../../shared/people/sort-name';
import { HallwayDatabase } from '../../db/database';
import { logInteraction } from './interactions-writes';
import { proposeIntroduction } from './introductions-writes';
import { getPerson } from '../../repositories/people-repository';
import {
  createPerson,
  editPersonList,
  purgePerson,
  restorePerson,
  trashPerson,
  updatePerson,
} from './people-writes';
import { WriteError } from './write-error';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`people-writes-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('createPerson', () => {
  it('stores a complete live row with derived keys and composed display name', async () => {
    const db = freshDatabase();
    const person = await createPerson(db, {
      givenName: '花子',
      familyName: '山田',
      nameOrder: 'family-given',
      nameReading: 'ヤマダ ハナコ',
      emails: [' Hanako@Example.JP ', ''],
      links: ['https://www.github.com/Hanako/'],
    });
    const stored = await getPerson(db, person.id);
    expect(stored).toEqual(person);
    expect(stored).toMatchObject({
      displayName: '山田 花子',
      emails: ['Hanako@Example.JP'],
      emailKeys: ['hanako@example.jp'],
      linkKeys: ['github.com/hanako'],
      sortName: sortNameOf('やまだ はなこ', ''),
      deletedAt: 0,
      lastContactAt: 0,
      source: 'manual',
    });
    expect(stored?.createdAt).toBe(stored?.updatedAt);
  });

  it('orders a name written in Japanese family-first unless told otherwise', async () => {
    const db = freshDatabase();
    const hanako = await createPerson(db, { givenName: '花子', familyName: '山田' });
    const ada = await createPerson(db, {
      givenName: 'Ada',
      familyName: 'Lovelace',
      company: undefined,
    });
    expect(hanako).toMatchObject({ displayName: '山田 花子', nameOrder: 'family-given' });
    expect(ada).toMatchObject({
      displayName: 'Ada Lovelace',
      nameOrder: 'given-family',
      company: '',
    });
  });

  it('stores topics as keys and gives each new key a labelled topics row', async () => {
    const db = freshDatabase();
    const person = await createPerson(db, {
      displayName: 'Ada',
      interests: ['JS', 'ＪａｖａＳｃｒｉｐｔ', 'Machine Learning', '機械学習'],
      offers: ['#Rails'],
    });
    expect(person.interests).toEqual(['javascript', 'machine-learning', '機械学習']);
    expect(person.offers).toEqual(['ruby-on-rails']);
    const topics = await db.topics.toArray();
    expect(topics.map((topic) => [topic.key, topic.label])).toEqual(
      expect.arrayContaining([
        ['javascript', 'JavaScript'],
        ['machine-learning', 'Machine learning'],
        ['機械学習', '機械学習'],
        ['ruby-on-rails', 'Ruby on Rails'],
      ]),
    );
  });

  it('refuses a person without any name, writing nothing', async () => {
    const db = freshDatabase();
    await expect(createPerson(db, { company: 'Acme', interests: ['rust'] })).rejects.toThrow(
      ZodError,
    );
    expect(await db.people.count()).toBe(0);
    expect(await db.topics.count()).toBe(0);
  });

  it('writes neither the person nor their topics when the transaction fails midway', async () => {
    const db = freshDatabase();
    db.people.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(createPerson(db, { displayName: 'Ada', interests: ['elixir'] })).rejects.toThrow(
      'disk full',
    );
    expect(await db.topics.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
  });
});

describe('updatePerson', () => {
  it('changes only the given fields, recomputes derived keys and bumps updatedAt', async () => {
    const db = freshDatabase();
    const person = await createPerson(db, {
      displayName: 'Ada Lovelace',
      company: 'Analytical Engines',
      emails: ['ada@example.com'],
    });
    const updated = await updatePerson(db, person.id, {
      emails: ['ADA@new.example'],
      company: undefined,
    });
    const stored = await getPerson(db, person.id);
    expect(stored).toEqual(updated);
    expect(stored?.company).toBe('Analytical Engines');
    expect(stored?.emailKeys).toEqual(['ada@new.example']);
    expect(stored?.updatedAt).toBeGreaterThanOrEqual(person.updatedAt);
    expect(stored?.createdAt).toBe(person.createdAt);
  });

  it('keeps a composed display name in step with the name parts', async () => {
    const db = freshDatabase();
    const person = await createPerson(db, { givenName: 'Ada', familyName: 'Byron' });
    await updatePerson(db, person.id, { familyName: 'Lovelace' });
    expect((await getPerson(db, person.id))?.displayName).toBe('Ada Lovelace');
    expect((await getPerson(db, person.id))?.sortName).toBe('ada lovelace');
  });

  it('leaves a display name the user wrote alone when the parts change', async () => {
    const db = freshDatabase();
    const person = await createPerson(db, {
      displayName: 'Countess of Lovelace',
      givenName: 'Ada',
      familyName: 'Byron',
    });
    await updatePerson(db, person.id, { familyName: 'King' });
    expect((await getPerson(db, person.id))?.displayName).toBe('Countess of Lovelace');
  });

  it('reports an unknown person', async () => {
    const db = freshDatabase();
    await expect(updatePerson(db, 'nobody', { company: 'x' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('editPersonList', () => {
  it('keeps a phone typed and another removed at once, both made from the same screen', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada', phones: ['090-1', '090-2'] });
    await Promise.all([
      editPersonList(db, ada.id, 'phones', { add: ' 090-3 ' }),
      editPersonList(db, ada.id, 'phones', { remove: '090-1' }),
    ]);
    expect((await getPerson(db, ada.id))?.phones).toEqual(['090-2', '090-3']);
  });

  it('derives the keys of an edited e-mail and hands back the edit that undoes it', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada', emails: ['ada@old.example'] });
    const undo = await editPersonList(db, ada.id, 'emails', {
      replace: 'ada@old.example',
      with: 'Ada@New.example',
    });
    expect(await getPerson(db, ada.id)).toMatchObject({
      emails: ['Ada@New.example'],
      emailKeys: ['ada@new.example'],
    });
    await editPersonList(db, ada.id, 'emails', undo!);
    expect((await getPerson(db, ada.id))?.emailKeys).toEqual(['ada@old.example']);
  });

  it('stores topics as keys and removes one by its key or by the text typed', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada', interests: ['COBOL'] });
    await editPersonList(db, ada.id, 'interests', { add: 'Analytical engines' });
    expect((await getPerson(db, ada.id))?.interests).toEqual(['cobol', 'analytical-engines']);
    expect((await db.topics.get('analytical-engines'))?.label).toBe('Analytical engines');
    await editPersonList(db, ada.id, 'interests', { remove: 'Analytical Engines' });
    await editPersonList(db, ada.id, 'interests', { remove: 'cobol' });
    expect((await getPerson(db, ada.id))?.interests).toEqual([]);
  });

  it('writes nothing for an edit that changes nothing', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada', languages: ['Japanese'] });
    expect(await editPersonList(db, ada.id, 'languages', { add: 'Japanese ' })).toBeNull();
    expect(await editPersonList(db, ada.id, 'languages', { remove: 'French' })).toBeNull();
    expect((await getPerson(db, ada.id))?.updatedAt).toBe(ada.updatedAt);
  });
});

describe('trash, restore and purge', () => {
  it('trashes and restores a person', async () => {
    const db = freshDatabase();
    const person = await createPerson(db, { displayName: 'Ada' });
    await trashPerson(db, person.id);
    expect((await getPerson(db, person.id))?.deletedAt).toBeGreaterThan(0);
    expect(await db.people.where('deletedAt').equals(0).count()).toBe(0);
    await restorePerson(db, person.id);
    expect((await getPerson(db, person.id))?.deletedAt).toBe(0);
  });

  it('purges only from the trash', async () => {
    const db = freshDatabase();
    const person = await createPerson(db, { displayName: 'Ada' });
    await expect(purgePerson(db, person.id)).rejects.toBeInstanceOf(WriteError);
    expect(await getPerson(db, person.id)).toBeDefined();
  });

  it('purges the person with their interactions, introductions, shifts and follow-ups', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    const grace = await createPerson(db, { displayName: 'Grace' });
    await logInteraction(db, { personId: ada.id, at: 1, kind: 'call' });
    await logInteraction(db, { personId: grace.id, at: 2, kind: 'call' });
    await proposeIntroduction(db, { personIds: [grace.id, ada.id], reason: 'both into COBOL' });
    await db.followUps.add({
      id: 'f1',
      personId: ada.id,
      dueAt: 1,
      reason: '',
      status: 'done',
      rule: 'manual:1',
      createdAt: 1,
      updatedAt: 1,
    });
    await trashPerson(db, ada.id);
    await purgePerson(db, ada.id);
    expect(await getPerson(db, ada.id)).toBeUndefined();
    expect(await db.interactions.where('personId').equals(ada.id).count()).toBe(0);
    expect(await db.introductions.count()).toBe(0);
    expect(await db.followUps.count()).toBe(0);
    expect(await db.interactions.count()).toBe(1);
    expect(await getPerson(db, grace.id)).toBeDefined();
  });

  it('purges nothing when one of the deletions fails', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    await logInteraction(db, { personId: ada.id, at: 1, kind: 'call' });
    await trashPerson(db, ada.id);
    db.followUps.hook('deleting', () => {
      throw new Error('boom');
    });
    await db.followUps.add({
      id: 'f1',
      personId: ada.id,
      dueAt: 1,
      reason: '',
      status: 'open',
      rule: 'manual:1',
      createdAt: 1,
      updatedAt: 1,
    });
    await expect(purgePerson(db, ada.id)).rejects.toThrow('boom');
    expect(await db.interactions.count()).toBe(1);
    expect(await getPerson(db, ada.id)).toBeDefined();
  });
});
