import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { seedDatabase } from './sample-data-writes';

const NOW = Date.UTC(2026, 0, 15);
const opened: HallwayDatabase[] = [];

function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`seed-test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('seedDatabase', () => {
  it('writes the generated rows and reports what it wrote', async () => {
    const db = freshDatabase();
    const result = await seedDatabase(db, { seed: 7, people: 120, now: NOW });
    expect(result.people).toBe(120);
    expect(await db.people.count()).toBe(120);
    expect(await db.events.count()).toBe(result.events);
    expect(await db.interactions.count()).toBe(result.interactions);
    expect(result.interactions).toBe(480);
    expect(await db.topics.count()).toBe(result.topics);
    expect(result.relationships).toBeGreaterThan(0);
    expect(await db.relationships.count()).toBe(result.relationships);
  });

  it('stores the people with the fields the write derives', async () => {
    const db = freshDatabase();
    await seedDatabase(db, { seed: 7, people: 20, now: NOW });
    for (const person of await db.people.toArray()) {
      expect(person.emailKeys).toEqual(person.emails.map((email) => email.toLowerCase()));
      expect(person.sortName).not.toBe('');
    }
  });

  it('writes nothing at all when a write fails partway through', async () => {
    const db = freshDatabase();
    db.interactions.hook('creating', () => {
      throw new Error('quota exceeded');
    });
    await expect(seedDatabase(db, { seed: 2, people: 30, now: NOW })).rejects.toThrow(
      'quota exceeded',
    );
    expect(await db.people.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    expect(await db.topics.count()).toBe(0);
  });

  it('reports progress up to the total, ending with done === total', async () => {
    const db = freshDatabase();
    const calls: Array<[number, number]> = [];
    await seedDatabase(db, {
      seed: 3,
      people: 50,
      now: NOW,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls.length).toBeGreaterThan(1);
    const [lastDone, total] = calls[calls.length - 1];
    expect(lastDone).toBe(total);
    const dones = calls.map(([done]) => done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
  });

  it('rewrites the same rows when seeded twice with the same seed', async () => {
    const db = freshDatabase();
    await seedDatabase(db, { seed: 5, people: 40, now: NOW });
    await seedDatabase(db, { seed: 5, people: 40, now: NOW });
    expect(await db.people.count()).toBe(40);
  });

  it('keeps the label the user gave an existing topic', async () => {
    const db = freshDatabase();
    await db.topics.put({
      key: 'javascript',
      label: 'JS (mine)',
      aliases: [],
      createdAt: 1,
      updatedAt: 1,
    });
    await seedDatabase(db, { seed: 1, people: 200, now: NOW });
    expect((await db.topics.get('javascript'))?.label).toBe('JS (mine)');
  });
});
