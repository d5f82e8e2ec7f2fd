// The saved Yjs states of synced documents: read back as saved, several saved at once, and
// forgotten by space (left) or all together (the server forgotten).
import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../db/database';
import {
  deleteAllDocuments,
  deleteDocumentsOutside,
  deleteSpaceDocuments,
  loadDocumentStates,
  saveDocumentStates,
} from './sync-document-store';

const databases: HallwayDatabase[] = [];
afterEach(async () => Promise.all(databases.splice(0).map((db) => db.delete())));

const KEPT = '11111111-1111-4111-8111-111111111111';
const LEFT = '22222222-2222-4222-8222-222222222222';
const names = [`space:${KEPT}/people/0`, `space:${KEPT}/topics/0`, `space:${LEFT}/events/1`];

async function databaseWithDocuments() {
  const db = new HallwayDatabase(`sync-documents-${crypto.randomUUID()}`);
  databases.push(db);
  await saveDocumentStates(
    db,
    names.map((name, index) => ({ name, state: new Uint8Array([index, 7]) })),
  );
  return db;
}

describe('the sync document store', () => {
  it('loads the saved states of the documents asked for', async () => {
    const db = await databaseWithDocuments();
    const states = await loadDocumentStates(db, [names[1], `space:${KEPT}/people/9`]);
    expect([...states]).toEqual([[names[1], new Uint8Array([1, 7])]]);
  });

  it('forgets the documents of one space', async () => {
    const db = await databaseWithDocuments();
    await deleteSpaceDocuments(db, KEPT);
    expect(await db.syncDocuments.toCollection().primaryKeys()).toEqual(names.slice(2));
  });

  it('forgets the documents of the spaces left, then all of them', async () => {
    const db = await databaseWithDocuments();
    await deleteDocumentsOutside(db, [KEPT]);
    expect(await db.syncDocuments.toCollection().primaryKeys()).toEqual(names.slice(0, 2));
    await deleteAllDocuments(db);
    expect(await db.syncDocuments.count()).toBe(0);
  });
});
