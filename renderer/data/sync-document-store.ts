// Each synced Yjs document's state as this device last saved it (the syncDocuments table,
// docs/sync.md "Offline"): loaded into the document before it connects, so edits made offline go at
// reconnection and a restart does not download everything again. Device bookkeeping written
// outside runWrite (the table is outside its scope): the transport saves whole states
// (Y.encodeStateAsUpdate), several documents in one transaction.
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

/** Forgets every saved document (the device forgot its server). */
export async function deleteAllDocuments(db: HallwayDatabase): Promise<void> {
  await db.syncDocuments.clear();
}
