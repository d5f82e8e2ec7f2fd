import { afterEach, describe, expect, it } from 'vitest';
import type { Person } from '../../shared/domain/entities';
import { personFixture } from '../../shared/domain/person-fixture';
import { MAX_GROUP_SIZE } from '../../shared/people/duplicate-pairs';
import { runWrite } from '../data/run-write';
import {
  dismissDuplicatePair,
  undoDuplicateDismissal,
} from '../data/writes/duplicate-dismissals-writes';
import { trashPerson } from '../data/writes/people-writes';
import { HallwayDatabase } from '../db/database';
import { readDuplicatePairs } from './duplicate-pairs-repository';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function databaseWith(people: Person[]): Promise<HallwayDatabase> {
  const db = new HallwayDatabase(`duplicate-pairs-${crypto.randomUUID()}`);
  opened.push(db);
  await runWrite(db, (write) => write.insert('people', people));
  return db;
}

const person = (id: string, fields: Partial<Person>) =>
  personFixture({ id, displayName: id, ...fields });

describe('readDuplicatePairs', () => {
  it('pairs people with the same e-mail, whatever its case', async () => {
    const db = await databaseWith([
      person('ana', { emails: ['Ana@Example.com'] }),
      person('ana-2', { emails: ['ana@example.com ', 'other@example.com'] }),
      person('ben', { emails: ['ben@example.com'] }),
    ]);
    expect(await readDuplicatePairs(db)).toEqual([
      { aId: 'ana', bId: 'ana-2', reasons: ['email'] },
    ]);
  });

  it('pairs people with the same profile URL, however it was written', async () => {
    const db = await databaseWith([
      person('cleo', { links: ['https://www.linkedin.com/in/cleo/'] }),
      person('cleo-2', { links: ['linkedin.com/in/cleo'] }),
    ]);
    expect(await readDuplicatePairs(db)).toEqual([
      { aId: 'cleo', bId: 'cleo-2', reasons: ['profile-url'] },
    ]);
  });

  it('pairs the same name only at the same company', async () => {
    const db = await databaseWith([
      person('a', { displayName: 'Aiko Tanaka', company: 'Mercari' }),
      person('b', {
        displayName: 'TANAKA Aiko',
        givenName: 'Aiko',
        familyName: 'Tanaka',
        company: 'mercari ',
      }),
      person('c', { displayName: 'Aiko Tanaka', company: 'Cookpad' }),
      person('d', { displayName: 'Aiko Tanaka', company: '' }),
      person('e', { displayName: 'Aiko Tanaka', company: '' }),
    ]);
    expect(await readDuplicatePairs(db)).toEqual([
      { aId: 'a', bId: 'b', reasons: ['name-and-company'] },
    ]);
  });

  it('pairs the same reading, in kana or katakana, either order', async () => {
    const db = await databaseWith([
      person('h1', { displayName: '山田 花子', nameReading: 'やまだ はなこ' }),
      person('h2', { displayName: '山田 華子', nameReading: 'ハナコ ヤマダ' }),
    ]);
    expect(await readDuplicatePairs(db)).toEqual([{ aId: 'h1', bId: 'h2', reasons: ['reading'] }]);
  });

  it('gives each pair once with all its reasons, strongest first', async () => {
    const db = await databaseWith([
      person('r1', { displayName: '山田 花子', nameReading: 'やまだ はなこ' }),
      person('r2', { displayName: '山田 華子', nameReading: 'やまだ はなこ' }),
      person('x1', {
        displayName: 'Xu Lin',
        company: 'Acme',
        emails: ['xu@acme.io'],
        links: ['https://github.com/xulin'],
      }),
      person('x2', {
        displayName: 'Lin Xu',
        givenName: 'Xu',
        familyName: 'Lin',
        company: 'ACME',
        emails: ['XU@acme.io'],
        links: ['https://github.com/xulin/'],
      }),
    ]);
    expect(await readDuplicatePairs(db)).toEqual([
      { aId: 'x1', bId: 'x2', reasons: ['email', 'profile-url', 'name-and-company'] },
      { aId: 'r1', bId: 'r2', reasons: ['reading'] },
    ]);
  });

  it('leaves out trashed people', async () => {
    const db = await databaseWith([
      person('ana', { emails: ['ana@example.com'] }),
      person('ana-2', { emails: ['ana@example.com'] }),
    ]);
    await trashPerson(db, 'ana-2');
    expect(await readDuplicatePairs(db)).toEqual([]);
  });

  it('keeps a pair said not to be the same person hidden, until Undo', async () => {
    const db = await databaseWith([
      person('ana', { emails: ['ana@example.com'] }),
      person('ana-2', { emails: ['ana@example.com'] }),
      person('ana-3', { emails: ['ana@example.com'] }),
    ]);
    await dismissDuplicatePair(db, 'ana-2', 'ana');
    expect(await readDuplicatePairs(db)).toEqual([
      { aId: 'ana', bId: 'ana-3', reasons: ['email'] },
      { aId: 'ana-2', bId: 'ana-3', reasons: ['email'] },
    ]);
    await undoDuplicateDismissal(db, 'ana', 'ana-2');
    expect(await readDuplicatePairs(db)).toHaveLength(3);
  });

  it('ignores a key shared by too many people to say anything', async () => {
    const many = Array.from({ length: MAX_GROUP_SIZE + 1 }, (_, index) =>
      person(`p${index}`, { emails: ['info@acme.io'] }),
    );
    const db = await databaseWith(many);
    expect(await readDuplicatePairs(db)).toEqual([]);
  });
});
