import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { createPerson, trashPerson } from '../../data/writes/people-writes';
import { probableDuplicatesOf } from './use-probable-duplicates';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`probable-duplicates-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const blank = {
  displayName: '',
  givenName: '',
  familyName: '',
  nameReading: '',
  emails: [],
  links: [],
};

describe('probableDuplicatesOf', () => {
  it('finds people by e-mail, profile URL, name and reading through the indexes', async () => {
    const db = freshDatabase();
    const aiko = await createPerson(db, {
      givenName: 'Aiko',
      familyName: 'Tanaka',
      emails: ['aiko@example.com'],
      links: ['https://github.com/aiko'],
    });
    const hanako = await createPerson(db, {
      givenName: '花子',
      familyName: '山田',
      nameOrder: 'family-given',
      nameReading: 'やまだ はなこ',
    });
    await createPerson(db, { displayName: 'Someone Else', emails: ['else@example.com'] });

    const byEmail = await probableDuplicatesOf(db, { ...blank, emails: [' AIKO@example.com'] });
    expect(byEmail.map((found) => [found.person.id, found.reasons])).toEqual([
      [aiko.id, ['email']],
    ]);
    const byLink = await probableDuplicatesOf(db, { ...blank, links: ['github.com/Aiko/'] });
    expect(byLink.map((found) => found.person.id)).toEqual([aiko.id]);
    const byName = await probableDuplicatesOf(db, {
      ...blank,
      displayName: 'tanaka aiko',
      givenName: 'aiko',
      familyName: 'tanaka',
    });
    expect(byName.map((found) => [found.person.id, found.reasons])).toEqual([[aiko.id, ['name']]]);
    const byReading = await probableDuplicatesOf(db, { ...blank, nameReading: 'ヤマダ ハナコ' });
    expect(byReading.map((found) => [found.person.id, found.reasons])).toEqual([
      [hanako.id, ['reading']],
    ]);
  });

  it('leaves out the person being edited and people in the trash', async () => {
    const db = freshDatabase();
    const aiko = await createPerson(db, { displayName: 'Aiko Tanaka', emails: ['a@example.com'] });
    const copy = await createPerson(db, { displayName: 'Aiko Tanaka' });
    const candidate = { ...blank, displayName: 'Aiko Tanaka', emails: ['a@example.com'] };
    expect((await probableDuplicatesOf(db, candidate, aiko.id)).map((f) => f.person.id)).toEqual([
      copy.id,
    ]);
    await trashPerson(db, copy.id);
    expect(await probableDuplicatesOf(db, candidate, aiko.id)).toEqual([]);
  });
});
