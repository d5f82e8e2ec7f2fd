// What one row is inside a synced document's `rows` map (docs/sync.md, "Rows"): the row's source
// fields with the stamp of its last full write and the stamps of fields written after it, or, for
// a row deleted for good, a tombstone that wins over any value.
export interface SyncedValue {
  /** The row's source fields (derived fields left out). */
  v: Record<string, unknown>;
  /** The stamp of the row's last full write. */
  s: string;
  /** Stamps of the fields written after `s`; a field without one has stamp `s`. */
  t?: Record<string, string>;
}

export interface SyncedTombstone {
  purged: string;
}

export type SyncedEntry = SyncedValue | SyncedTombstone;

/** This device's record of a row's entry in one space (the syncRows table). */
export interface SyncRowRecord {
  /** `<spaceId>|<table>|<rowKey>` */
  key: string;
  entry: SyncedEntry;
}

/** A synced document's Yjs state as this device last saved it (the syncDocuments table). */
export interface SyncDocumentRecord {
  name: string;
  state: Uint8Array;
}
