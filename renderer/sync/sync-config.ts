// This device's sync settings (docs/sync.md): where the server is, who this device is to it, and
// the spaces it syncs. Kept in localState (renderer/data/sync-config-state), never synced or
// backed up, since it holds the device token. Sync is off until the user pairs the device.
export type SpaceRole = 'organizer' | 'viewer';

export interface SyncSpace {
  spaceId: string;
  role: SpaceRole;
  /** The personal space holds all of the user's data; a shared one, one event series' roster. */
  kind: 'personal' | 'shared';
  /** The event series a shared space carries (null for the personal space). */
  series: string | null;
}

export interface SyncConfig {
  /** False once the user turns sync off; the pairing is kept so it can be turned on again. */
  enabled: boolean;
  /** The server's WebSocket URL (shared/sync/sync-url: wss://, or ws:// on loopback). */
  serverUrl: string;
  deviceId: string;
  deviceName: string;
  userId: string;
  /** The device token the server signed; sent on every connection and API request. */
  token: string;
  spaces: SyncSpace[];
}
