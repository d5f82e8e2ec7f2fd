// Relationships through a merge of two records of one person, its Undo, and the purge of a
// person for good (merge-people-writes, people-writes, trash-writes).
import { afterEach, describe, expect, it } from 'vitest';
import { LIVE } from '../../../shared/domain/entities';
import { HallwayDatabase } from '../../db/database';
import {
  relationshipsOfPerson,
  trashedRelationships,
} from '../../repositories/relationships-repository';
import { mergePeople, undoMerge } from './merge-people-writes';
import { createPerson, purgePerson, trashPerson } from './people-writes';
import {
  addRelationship,
  purgeRelationship,
  restoreRelationship,
  trashRelationship,
  updateRelationship,
} from './relationships-writes';
import { emptyTrash } from './trash-writes';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`merge-relationships-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** Two records of Aoi, each with relationships, and the people they know. */
async function cast(db: HallwayDatabase) {
  const kept = await createPerson(db, { displayName: 'Aoi Sato' });
  const other = await createPerson(db, { displayName: 'Aoi S.' });
  const bruno = await createPerson(db, { displayName: 'Bruno' });
  const chika = await createPerson(db, { displayName: 'Chika' });
  const dan = await createPerson(db, { displayName: 'Dan' });
  const between = await addRelationship(db, { fromId: kept.id, toId: other.id, kind: 'knows' });
  const keptKnowsBruno = await addRelationship(db, {
    fromId: kept.id,
    toId: bruno.id,
    kind: 'knows',
    note: 'kept side',
  });
  // The same, said the other way round on the other record: collapses into the kept one.
  const brunoKnowsOther = await addRelationship(db, {
    fromId: bruno.id,
    toId: other.id,
    kind: 'knows',
  });
  // Chika introduced me to the other record: moves, direction kept.
  const chikaIntroducedOther = await addRelationship(db, {
    fromId: chika.id,
    toId: other.id,
    kind: 'introduced-me-to',
    note: 'at RustFest',
  });
  const otherMentorsDan = await addRelationship(db, {
    fromId: other.id,
    toId: dan.id,
    kind: 'mentor-of',
  });
  const trashedWithDan = await addRelationship(db, {
    fromId: other.id,
    toId: dan.id,
    kind: 'partner',
  });
  await trashRelationship(db, trashedWithDan.id);
  return {
    kept,
    other,
    bruno,
    chika,
    dan,
    between,
    keptKnowsBruno,
    brunoKnowsOther,
    chikaIntroducedOther,
    otherMentorsDan,
    trashedWithDan,
  };
}

async function relationshipRows(db: HallwayDatabase) {
  const rows = await db.relationships.orderBy('id').toArray();
  return rows.map(({ updatedAt: _updatedAt, ...row }) => row);
}

describe('merging people with relationships', () => {
  it('moves the other record’s relationships to the kept person, dropping the one between them and collapsing repeats', async () => {
    const db = freshDatabase();
    const c = await cast(db);

    await mergePeople(db, c.kept.id, c.other.id);

    const read = await relationshipsOfPerson(db, c.kept.id);
    expect(
      read.map(({ other, relationship, outgoing }) => [
        other.displayName,
        relationship.kind,
        outgoing,
      ]),
    ).toEqual([
      ['Bruno', 'knows', true],
      ['Chika', 'introduced-me-to', false],
      ['Dan', 'mentor-of', true],
    ]);
    expect((await db.relationships.get(c.keptKnowsBruno.id))?.note).toBe('kept side');
    expect(await db.relationships.get(c.chikaIntroducedOther.id)).toMatchObject({
      fromId: c.chika.id,
      toId: c.kept.id,
      note: 'at RustFest',
      deletedAt: LIVE,
    });
    expect((await db.relationships.get(c.between.id))?.deletedAt).toBeGreaterThan(0);
    expect(await db.relationships.get(c.brunoKnowsOther.id)).toMatchObject({
      fromId: c.bruno.id,
      toId: c.other.id,
    });
    expect((await db.relationships.get(c.brunoKnowsOther.id))?.deletedAt).toBeGreaterThan(0);
    // A trashed one moves too, still trashed, so it never points at the merged-away record.
    expect(await db.relationships.get(c.trashedWithDan.id)).toMatchObject({
      fromId: c.kept.id,
      deletedAt: expect.any(Number),
    });
    expect((await db.relationships.get(c.trashedWithDan.id))?.deletedAt).toBeGreaterThan(0);
    expect(await relationshipsOfPerson(db, c.other.id)).toEqual([]);
  });

  it('is undone exactly: every relationship as it was before the merge', async () => {
    const db = freshDatabase();
    const c = await cast(db);
    const before = await relationshipRows(db);

    const token = await mergePeople(db, c.kept.id, c.other.id);
    expect(await relationshipRows(db)).not.toEqual(before);
    await undoMerge(db, token);

    expect(await relationshipRows(db)).toEqual(before);
    expect(
      (await relationshipsOfPerson(db, c.other.id)).map(({ other }) => other.displayName),
    ).toEqual(['Aoi Sato', 'Bruno', 'Chika', 'Dan']);
  });
});

describe('deleting a person for good', () => {
  it('removes their relationships, in both directions, and no one else’s', async () => {
    const db = freshDatabase();
    const c = await cast(db);
    await trashPerson(db, c.other.id);

    await purgePerson(db, c.other.id);

    const left = await db.relationships.toArray();
    expect(left.map((row) => row.id)).toEqual([c.keptKnowsBruno.id]);
  });

  it('removes them when the trash is emptied, with the removed ones between live people', async () => {
    const db = freshDatabase();
    const c = await cast(db);
    const removed = await addRelationship(db, {
      fromId: c.bruno.id,
      toId: c.chika.id,
      kind: 'works-with',
    });
    await trashRelationship(db, removed.id);
    await trashPerson(db, c.dan.id);

    expect((await emptyTrash(db)).relationships).toBe(1);

    const left = await db.relationships.toArray();
    expect(left.some((row) => row.fromId === c.dan.id || row.toId === c.dan.id)).toBe(false);
    expect(left.map((row) => row.id)).not.toContain(removed.id);
    expect(left).toHaveLength(4);
  });
});

describe('the relationships in the trash', () => {
  it('lists the removed ones between live people only; Restore refuses one said again since', async () => {
    const db = freshDatabase();
    const c = await cast(db);
    const first = await addRelationship(db, {
      fromId: c.bruno.id,
      toId: c.chika.id,
      kind: 'knows',
    });
    await trashRelationship(db, first.id);
    const second = await addRelationship(db, {
      fromId: c.bruno.id,
      toId: c.chika.id,
      kind: 'partner',
    });
    await trashRelationship(db, second.id);
    await trashPerson(db, c.dan.id);

    // Both may be trashed in the same millisecond: compared without their order.
    const listed = (await trashedRelationships(db)).map(({ relationship }) => relationship.id);
    expect(listed.sort()).toEqual([first.id, second.id].sort());

    await restoreRelationship(db, second.id);
    await updateRelationship(db, second.id, { kind: 'knows' });
    await expect(restoreRelationship(db, first.id)).rejects.toMatchObject({ code: 'duplicate' });

    await purgeRelationship(db, first.id);
    expect(await db.relationships.get(first.id)).toBeUndefined();
    await expect(purgeRelationship(db, second.id)).rejects.toMatchObject({
      code: 'not-in-trash',
    });
  });
});
