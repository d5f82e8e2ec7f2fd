// @vitest-environment happy-dom
// The app's sync host: reads the saved settings at start, runs no session (and opens no socket)
// while sync is off, and stops a session before starting the next when the settings change.
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseContext } from '../app/database-context';
import { PlatformContext } from '../app/platform-context';
import { createWebPlatform } from '../platform/web';
import { writeSyncConfig } from '../data/sync-config-state';
import { HallwayDatabase } from '../db/database';
import type { SyncConfig } from './sync-config';
import { SyncSessionHost, type StartSession } from './sync-session-host';
import { useSyncStore } from './sync-store';

const databases: HallwayDatabase[] = [];

afterEach(async () => {
  cleanup();
  useSyncStore.setState({ config: undefined, status: { kind: 'off' } });
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

const paired: SyncConfig = {
  enabled: true,
  serverUrl: 'ws://127.0.0.1:9',
  deviceId: 'device-1',
  deviceName: 'Laptop',
  userId: 'user-1',
  token: 'hw1.first',
  spaces: [
    {
      spaceId: '5a1b0c7e-0d52-4c38-9b8e-2f7d1c0a9e11',
      role: 'organizer',
      kind: 'personal',
      series: null,
    },
  ],
};

/** A session starter that records what it ran; sessions report "up to date" at once. */
function recordingStarter() {
  const events: string[] = [];
  const start: StartSession = async (_db, config, onStatus) => {
    events.push(`start ${config.token}`);
    onStatus({ kind: 'upToDate', at: 1 });
    return {
      stop: async () => {
        events.push(`stop ${config.token}`);
      },
    };
  };
  return { events, start };
}

async function renderHost(
  saved: SyncConfig | null,
  start?: StartSession,
  platform = createWebPlatform(),
) {
  const db = new HallwayDatabase(`sync-host-${crypto.randomUUID()}`);
  databases.push(db);
  await writeSyncConfig(db, saved);
  render(
    <DatabaseContext.Provider value={db}>
      <PlatformContext.Provider value={platform}>
        <SyncSessionHost start={start} />
      </PlatformContext.Provider>
    </DatabaseContext.Provider>,
  );
  await waitFor(() => expect(useSyncStore.getState().config).not.toBeUndefined());
}

describe('the sync session host', () => {
  it('opens no socket and reports "off" while the device is not paired or sync is off', async () => {
    // The app's own session starter: a session it ran would open a socket.
    const sockets = vi.fn();
    vi.stubGlobal('WebSocket', sockets);

    await renderHost(null);
    expect(useSyncStore.getState()).toMatchObject({ config: null, status: { kind: 'off' } });
    cleanup();
    useSyncStore.setState({ config: undefined });
    await renderHost({ ...paired, enabled: false });
    expect(useSyncStore.getState().config?.enabled).toBe(false);

    expect(useSyncStore.getState().status).toEqual({ kind: 'off' });
    expect(sockets).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('forgets the saved documents once the device forgets its server', async () => {
    const { start } = recordingStarter();
    await renderHost(paired, start);
    const db = databases[0];
    await db.syncDocuments.put({
      name: `space:${paired.spaces[0].spaceId}/people/0`,
      state: new Uint8Array([1]),
    });

    act(() => useSyncStore.getState().setConfig(null));

    await waitFor(async () => expect(await db.syncDocuments.count()).toBe(0));
  });

  it('runs a session with the saved settings and restarts it when they change', async () => {
    const { events, start } = recordingStarter();
    const platform = createWebPlatform();
    platform.allowSyncOrigin = async (serverUrl) => void events.push(`allow ${serverUrl}`);
    await renderHost(paired, start, platform);
    await waitFor(() => expect(useSyncStore.getState().status.kind).toBe('upToDate'));

    act(() => useSyncStore.getState().setConfig({ ...paired, token: 'hw1.second' }));
    await waitFor(() => expect(events).toContain('start hw1.second'));
    act(() =>
      useSyncStore.getState().setConfig({ ...paired, token: 'hw1.second', enabled: false }),
    );
    await waitFor(() => expect(events).toContain('stop hw1.second'));

    expect(events).toEqual([
      'allow ws://127.0.0.1:9',
      'start hw1.first',
      'stop hw1.first',
      'allow ws://127.0.0.1:9',
      'start hw1.second',
      'stop hw1.second',
    ]);
    expect(useSyncStore.getState().status).toEqual({ kind: 'off' });
  });
});
