// Runs sync for the app, mounted once in the layout: reads this device's sync settings at start
// (into the sync store), and while they say sync is on, keeps one session running with them,
// stopped and started again when the server, the token, the spaces or the switch change. With
// sync off nothing is loaded or opened: the session's code (Yjs, Hocuspocus) is imported only when
// a session starts, and the app makes no request at all. Before a session's first request, the
// platform is told to allow the server's origin (the desktop's CSP and request policy). Sessions never overlap: the next starts
// once the one before has stopped (its documents saved).
import { useEffect, useRef } from 'react';
import { useDatabase } from '../app/database-context';
import { usePlatform } from '../app/platform-context';
import { readSyncConfig } from '../data/sync-config-state';
import { deleteAllDocuments } from '../data/sync-document-store';
import type { HallwayDatabase } from '../db/database';
import { ignoreWhenClosed } from '../db/ignore-when-closed';
import type { SyncConfig } from './sync-config';
import type { SyncSession } from './sync-session';
import type { SyncStatus } from './sync-status';
import { useSyncStore } from './sync-store';

export type StartSession = (
  db: HallwayDatabase,
  config: SyncConfig,
  onStatus: (status: SyncStatus) => void,
) => Promise<SyncSession>;

async function startAppSession(
  db: HallwayDatabase,
  config: SyncConfig,
  onStatus: (status: SyncStatus) => void,
): Promise<SyncSession> {
  const [{ startSyncSession }, { Replicator }] = await Promise.all([
    import('./sync-session'),
    import('./replication/replicator'),
  ]);
  return startSyncSession({
    db,
    config,
    onStatus,
    createReplicator: (setup) => new Replicator(setup),
  });
}

/** What a session depends on; null when sync is off (unpaired, not read yet, or switched off). */
function sessionKey(config: SyncConfig | null | undefined): string | null {
  if (!config?.enabled) return null;
  const { serverUrl, deviceId, token, spaces } = config;
  return JSON.stringify({ serverUrl, deviceId, token, spaces });
}

export function SyncSessionHost({ start = startAppSession }: { start?: StartSession }) {
  const db = useDatabase();
  const platform = usePlatform();
  const key = useSyncStore((state) => sessionKey(state.config));
  const previous = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let current = true;
    readSyncConfig(db)
      .then((config) => {
        if (current && useSyncStore.getState().config === undefined) {
          useSyncStore.getState().setConfig(config);
        }
      })
      .catch(ignoreWhenClosed);
    return () => {
      current = false;
    };
  }, [db]);

  useEffect(() => {
    const { config, setStatus } = useSyncStore.getState();
    if (key === null || !config) {
      setStatus({ kind: 'off' });
      // Unpaired (or the server forgotten): its documents have nothing left to sync with.
      if (config === null) {
        previous.current = previous.current
          .then(() => deleteAllDocuments(db))
          .catch(ignoreWhenClosed);
      }
      return;
    }
    let stopped = false;
    const report = (status: SyncStatus) => {
      if (!stopped) setStatus(status);
    };
    const session = previous.current
      .then(async () => {
        if (stopped) return null;
        report({ kind: 'connecting' });
        // The desktop lets the page reach this server, and only it, before the first request.
        await platform.allowSyncOrigin(config.serverUrl);
        return stopped ? null : start(db, config, report);
      })
      .catch((error: unknown) => {
        report({ kind: 'error', reason: error instanceof Error ? error.message : String(error) });
        return null;
      });
    return () => {
      stopped = true;
      previous.current = session.then((running) => running?.stop()).catch(ignoreWhenClosed);
    };
  }, [db, platform, key, start]);

  return null;
}
