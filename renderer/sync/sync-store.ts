// Sync's UI state (zustand): this device's sync settings as saved, and the status of the running
// session. Settings → Sync changes the settings (and saves them with saveSyncConfig); the sync
// session starts, stops or restarts when they change, and reports its status here.
import { create } from 'zustand';
import type { SyncConfig } from './sync-config';
import type { SyncStatus } from './sync-status';

interface SyncState {
  /** Null until paired; undefined until read from the database at start. */
  config: SyncConfig | null | undefined;
  status: SyncStatus;
  setConfig(config: SyncConfig | null): void;
  setStatus(status: SyncStatus): void;
}

export const useSyncStore = create<SyncState>((set) => ({
  config: undefined,
  status: { kind: 'off' },
  setConfig: (config) => set({ config }),
  setStatus: (status) => set({ status }),
}));
