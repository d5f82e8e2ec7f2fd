// What the header and Settings → Sync show about sync (docs/sync.md, "Status"), set by the running
// sync session and read by the UI, both through the sync store.
export type SyncStatus =
  | { kind: 'off' }
  | { kind: 'connecting' }
  /** Sending or receiving; `firstSync` counts documents while a new device downloads its data. */
  | { kind: 'syncing'; pending: number; firstSync?: { done: number; total: number } }
  | { kind: 'upToDate'; at: number }
  /** The server cannot be reached; local edits wait (`pending` of them) and go at reconnection. */
  | { kind: 'offline'; since: number; pending: number }
  /** The server refused (a revoked device, a withdrawn grant…): `reason` is the server's word. */
  | { kind: 'error'; reason: string };
