// Each synced Yjs document's state as this device last saved it (the syncDocuments table,
// docs/sync.md "Offline"): loaded into the document before it connects, so edits made offline go at
// reconnection and a restart does not download everything again. Device bookkeeping written
// outside runWrite (the table is outside its scope): the transport saves whole states
// (Y.encodeStateAsUpdate), several documents in one transaction; a session forgets the documents
// of spaces it no longer syncs, and the host all of them when the device forgets its server.
import type { HallwayDatabase } from '../db/database';
import type { SyncDocumentRecord } from '../../shared/sync/synced-entry';

const spacePrefix = (spaceId: string) => `space:${spaceId}/`;

/** The saved states of the documents named (absent names have none). */
export async function loadDocumentStates(
  db: HallwayDatabase,
  names: readonly string[],
): Promise<Map<string, Uint8Array>> {
  const records = await db.syncDocuments.bulkGet([...names]);
  const states = new Map<string, Uint8Array>();
  for (const record of records) if (record) states.set(record.name, record.state);
  return states;
}

export async function saveDocumentStates(
  db: HallwayDatabase,
  records: readonly SyncDocumentRecord[],
): Promise<void> {
  if (records.length === 0) return;
  await db.transaction('rw', db.syncDocuments, () => db.syncDocuments.bulkPut([...records]));
}

/** Forgets the documents of one space (the device left it). */
export async function deleteSpaceDocuments(db: HallwayDatabase, spaceId: string): Promise<void> {
  await db.syncDocuments.where('name').startsWith(spacePrefix(spaceId)).delete();
}

/**
 * Forgets the documents of every space but `kept`: at a session's start, in case a session still
 * stopping saved a document of a space left after Settings had dropped it.
 */
export async function deleteDocumentsOutside(
  db: HallwayDatabase,
  kept: readonly string[],
): Promise<void> {
  const keptPrefixes = kept.map(spacePrefix);
  await db.transaction('rw', db.syncDocuments, async () => {
    const names = await db.syncDocuments.toCollection().primaryKeys();
    const left = names.filter((name) => !keptPrefixes.some((prefix) => name.startsWith(prefix)));
    await db.syncDocuments.bulkDelete(left);
  });
}

/** Forgets every saved document (the device forgot its server). */
export async function deleteAllDocuments(db: HallwayDatabase): Promise<void> {
  await db.syncDocuments.clear();
}
