import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge, MenuCommand } from '../../shared/ipc/contract';
import { E2E_ARGUMENT } from '../e2e-flag';

type Listener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>();
  return {
    listeners,
    exposeInMainWorld: vi.fn(),
    invoke: vi.fn(async (..._args: unknown[]) => 'result'),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: {
    invoke: electron.invoke,
    on: electron.on,
    removeListener: electron.removeListener,
  },
}));

async function loadPreload(argv: string[] = []): Promise<{ name: string; bridge: DesktopBridge }> {
  vi.resetModules();
  electron.exposeInMainWorld.mockClear();
  const originalArgv = process.argv;
  process.argv = [...originalArgv, ...argv];
  try {
    await import('./preload');
  } finally {
    process.argv = originalArgv;
  }
  expect(electron.exposeInMainWorld).toHaveBeenCalledOnce();
  const [name, bridge] = electron.exposeInMainWorld.mock.calls[0] as [string, DesktopBridge];
  return { name, bridge };
}

const sendFromMain = (channel: string, ...args: unknown[]) => {
  for (const listener of electron.listeners.get(channel) ?? []) listener({}, ...args);
};

beforeEach(() => {
  electron.listeners.clear();
  electron.invoke.mockClear();
});

describe('preload', () => {
  it('exposes exactly the named methods as window.hallwayDesktop, nothing generic', async () => {
    const { name, bridge } = await loadPreload();
    expect(name).toBe('hallwayDesktop');
    expect(Object.keys(bridge).sort()).toEqual([
      'allowSyncOrigin',
      'e2e',
      'getAppInfo',
      'listBackups',
      'onMenuCommand',
      'openExternal',
      'openFile',
      'readBackup',
      'saveFile',
      'showBackupInFolder',
      'showNotification',
      'writeBackup',
    ]);
    const values = Object.values(bridge) as unknown[];
    expect(values).not.toContain(electron.invoke);
    expect(values.some((value) => typeof value === 'object' && value !== null)).toBe(false);
  });

  it.each([
    ['saveFile', 'files:save-file', { suggestedName: 'a.csv', data: 'x', mimeType: 'text/csv' }],
    ['openFile', 'files:open-file', { maxBytes: 1000 }],
    ['writeBackup', 'backups:write-backup', { json: '{"people":[]}', kind: 'before-restore' }],
    ['listBackups', 'backups:list-backups', undefined],
    ['readBackup', 'backups:read-backup', 'hallway-backup-2026-01-02-030405.json'],
    ['showBackupInFolder', 'backups:show-backup', 'hallway-backup-2026-01-02-030405.json'],
    ['showNotification', 'notifications:show-notification', { title: 't', body: 'b' }],
    ['openExternal', 'links:open-external', 'https://example.org/'],
    ['getAppInfo', 'app:get-info', undefined],
    ['allowSyncOrigin', 'sync:allow-origin', 'wss://sync.example.org'],
  ] as const)('%s invokes %s with its argument', async (method, channel, arg) => {
    const { bridge } = await loadPreload();
    const call = bridge[method] as (value: unknown) => Promise<unknown>;
    await expect(call(arg)).resolves.toBe('result');
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(channel, arg);
  });

  it('passes valid menu commands to the listener and ignores anything else', async () => {
    const { bridge } = await loadPreload();
    const received: MenuCommand[] = [];
    bridge.onMenuCommand((command) => received.push(command));

    sendFromMain('menu:run-command', 'import');
    sendFromMain('menu:run-command', 'format-disk');
    sendFromMain('menu:run-command', { command: 'export' });
    sendFromMain('menu:run-command', 'backup');

    expect(received).toEqual(['import', 'backup']);
  });

  it('stops delivering menu commands after unsubscribing', async () => {
    const { bridge } = await loadPreload();
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    unsubscribe();
    sendFromMain('menu:run-command', 'export');
    expect(listener).not.toHaveBeenCalled();
  });

  it('reports the end-to-end flag only when the main process passed it', async () => {
    expect((await loadPreload()).bridge.e2e).toBe(false);
    expect((await loadPreload([E2E_ARGUMENT])).bridge.e2e).toBe(true);
  });
});
