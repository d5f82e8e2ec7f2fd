// The document saver: documents changed within the delay are saved together, the last state of
// each, and a flush saves what is waiting at once (the session stopping, the page hidden).
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { HallwayDatabase } from '../../db/database';
import { DocumentSaver } from './document-saver';

const databases: HallwayDatabase[] = [];
afterEach(async () => Promise.all(databases.splice(0).map((db) => db.delete())));

function documentWith(key: string, value: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap('rows').set(key, value);
  return doc;
}

const rowsOf = (state: Uint8Array | undefined) => {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc.getMap('rows').toJSON();
};

describe('the document saver', () => {
  it('saves the documents changed meanwhile in one batch, each in its last state', async () => {
    const db = new HallwayDatabase(`document-saver-${crypto.randomUUID()}`);
    databases.push(db);
    const saved = vi.spyOn(db.syncDocuments, 'bulkPut');
    const saver = new DocumentSaver(db, 60_000);
    const people = documentWith('p1', 'Aoi');
    saver.markChanged('people', people);
    saver.markChanged('topics', documentWith('t1', 'Rust'));
    people.getMap('rows').set('p2', 'Bruno');
    saver.markChanged('people', people);

    await saver.flush();

    expect(saved).toHaveBeenCalledTimes(1);
    expect(rowsOf((await db.syncDocuments.get('people'))?.state)).toEqual({
      p1: 'Aoi',
      p2: 'Bruno',
    });
    expect(rowsOf((await db.syncDocuments.get('topics'))?.state)).toEqual({ t1: 'Rust' });
    await saver.flush();
    expect(saved).toHaveBeenCalledTimes(1);
  });
});
