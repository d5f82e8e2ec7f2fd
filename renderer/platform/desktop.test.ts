import { describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '../../shared/ipc/contract';
import { createDesktopPlatform } from './desktop';

function fakeBridge() {
  const unsubscribe = vi.fn();
  return {
    unsubscribe,
    bridge: {
      saveFile: vi.fn(async () => ({ saved: true as const, location: '/home/a/people.csv' })),
      openFile: vi.fn(async () => ({ opened: false as const, reason: 'cancelled' as const })),
      writeBackup: vi.fn(async () => ({ saved: true as const, location: '/b/x.json' })),
      listBackups: vi.fn(async () => []),
      readBackup: vi.fn(async () => '{}'),
      showBackupInFolder: vi.fn(async () => undefined),
      showNotification: vi.fn(async () => true),
      openExternal: vi.fn(async () => true),
      getAppInfo: vi.fn(async () => ({
        name: 'Hallway',
        version: '0.1.0',
        platform: 'desktop' as const,
        os: 'linux 6.1',
        userDataDir: '/home/a/.config/Hallway',
      })),
      allowSyncOrigin: vi.fn(async () => undefined),
      onMenuCommand: vi.fn(() => unsubscribe),
      e2e: false,
    } satisfies DesktopBridge,
  };
}

describe('createDesktopPlatform', () => {
  it('is the desktop platform and forwards each call to the bridge', async () => {
    const { bridge } = fakeBridge();
    const platform = createDesktopPlatform(bridge);
    const request = { suggestedName: 'people.csv', data: 'a,b', mimeType: 'text/csv' };

    expect(platform.kind).toBe('desktop');
    await expect(platform.saveFile(request)).resolves.toEqual({
      saved: true,
      location: '/home/a/people.csv',
    });
    expect(bridge.saveFile).toHaveBeenCalledWith(request);
    await platform.openFile({ maxBytes: 10 });
    expect(bridge.openFile).toHaveBeenCalledWith({ maxBytes: 10 });
    await platform.writeBackup('{"v":1}', 'manual');
    expect(bridge.writeBackup).toHaveBeenCalledWith({ json: '{"v":1}', kind: 'manual' });
    await platform.readBackup('hallway-backup-2026-01-02-030405.json');
    expect(bridge.readBackup).toHaveBeenCalledWith('hallway-backup-2026-01-02-030405.json');
    await platform.showBackupInFolder('hallway-backup-2026-01-02-030405.json');
    expect(bridge.showBackupInFolder).toHaveBeenCalledOnce();
    await platform.showNotification({ title: 't', body: 'b' });
    expect(bridge.showNotification).toHaveBeenCalledWith({ title: 't', body: 'b' });
    await platform.openExternal('https://example.org/');
    expect(bridge.openExternal).toHaveBeenCalledWith('https://example.org/');
    await expect(platform.appInfo()).resolves.toMatchObject({ platform: 'desktop' });
    await expect(platform.listBackups()).resolves.toEqual([]);
    await platform.allowSyncOrigin('wss://sync.example.org');
    expect(bridge.allowSyncOrigin).toHaveBeenCalledWith('wss://sync.example.org');
  });

  it('hands back the bridge unsubscribe for menu commands', () => {
    const { bridge, unsubscribe } = fakeBridge();
    const listener = vi.fn();
    const stop = createDesktopPlatform(bridge).onMenuCommand(listener);
    expect(bridge.onMenuCommand).toHaveBeenCalledWith(listener);
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});
