import { afterEach, describe, expect, it } from 'vitest';
import { LIVE } from '../../../shared/domain/entities';
import { HallwayDatabase } from '../../db/database';
import { createPerson, trashPerson } from './people-writes';
import {
  addRelationship,
  restoreRelationship,
  trashRelationship,
  updateRelationship,
} from './relationships-writes';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`relationships-writes-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function twoPeople(db: HallwayDatabase) {
  const aoi = await createPerson(db, { displayName: 'Aoi' });
  const bruno = await createPerson(db, { displayName: 'Bruno' });
  return { aoi, bruno };
}

describe('relationships', () => {
  it('stores a relationship and lists it in the change feed', async () => {
    const db = freshDatabase();
    const { aoi, bruno } = await twoPeople(db);
    const made = await addRelationship(db, {
      fromId: aoi.id,
      toId: bruno.id,
      kind: 'works-with',
      note: 'Both at Ferrous',
    });
    expect(await db.relationships.get(made.id)).toMatchObject({
      fromId: aoi.id,
      toId: bruno.id,
      kind: 'works-with',
      note: 'Both at Ferrous',
      since: null,
      until: null,
      deletedAt: LIVE,
    });
    const feed = await db.changes.toArray();
    expect(feed.some((entry) => JSON.stringify(entry).includes(made.id))).toBe(true);
  });

  it('says a mutual relationship once, whichever way round it is added again', async () => {
    const db = freshDatabase();
    const { aoi, bruno } = await twoPeople(db);
    const first = await addRelationship(db, { fromId: aoi.id, toId: bruno.id, kind: 'knows' });
    const again = await addRelationship(db, {
      fromId: bruno.id,
      toId: aoi.id,
      kind: 'knows',
      note: 'since RustFest',
    });
    expect(again.id).toBe(first.id);
    expect(await db.relationships.count()).toBe(1);
    expect((await db.relationships.get(first.id))?.note).toBe('since RustFest');
  });

  it('keeps the two directions of a directed kind apart', async () => {
    const db = freshDatabase();
    const { aoi, bruno } = await twoPeople(db);
    await addRelationship(db, { fromId: aoi.id, toId: bruno.id, kind: 'mentor-of' });
    await addRelationship(db, { fromId: bruno.id, toId: aoi.id, kind: 'mentor-of' });
    expect(await db.relationships.count()).toBe(2);
  });

  it('refuses a relationship with oneself or with a trashed person', async () => {
    const db = freshDatabase();
    const { aoi, bruno } = await twoPeople(db);
    await expect(
      addRelationship(db, { fromId: aoi.id, toId: aoi.id, kind: 'knows' }),
    ).rejects.toMatchObject({ code: 'same-person' });
    await trashPerson(db, bruno.id);
    await expect(
      addRelationship(db, { fromId: aoi.id, toId: bruno.id, kind: 'knows' }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.relationships.count()).toBe(0);
  });

  it('edits, trashes and restores, and adding it again brings a trashed one back', async () => {
    const db = freshDatabase();
    const { aoi, bruno } = await twoPeople(db);
    const made = await addRelationship(db, { fromId: aoi.id, toId: bruno.id, kind: 'partner' });
    await updateRelationship(db, made.id, { note: 'married 2020', since: 1_577_836_800_000 });
    await trashRelationship(db, made.id);
    expect((await db.relationships.get(made.id))?.deletedAt).toBeGreaterThan(0);
    await restoreRelationship(db, made.id);
    expect(await db.relationships.get(made.id)).toMatchObject({
      note: 'married 2020',
      since: 1_577_836_800_000,
      deletedAt: LIVE,
    });
    await trashRelationship(db, made.id);
    const back = await addRelationship(db, { fromId: bruno.id, toId: aoi.id, kind: 'partner' });
    expect(back).toMatchObject({ id: made.id, deletedAt: LIVE });
  });

  it('turns a directed one round, and refuses an edit that repeats another live one', async () => {
    const db = freshDatabase();
    const { aoi, bruno } = await twoPeople(db);
    const made = await addRelationship(db, { fromId: aoi.id, toId: bruno.id, kind: 'mentor-of' });
    await addRelationship(db, { fromId: aoi.id, toId: bruno.id, kind: 'knows' });

    await updateRelationship(db, made.id, { reversed: true, note: 'Bruno taught me Rust' });
    expect(await db.relationships.get(made.id)).toMatchObject({
      fromId: bruno.id,
      toId: aoi.id,
      kind: 'mentor-of',
      note: 'Bruno taught me Rust',
    });
    await expect(updateRelationship(db, made.id, { kind: 'knows' })).rejects.toMatchObject({
      code: 'duplicate',
    });
    expect((await db.relationships.get(made.id))?.kind).toBe('mentor-of');
  });
});
