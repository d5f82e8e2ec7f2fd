// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '../../shared/ipc/contract';
import { createPlatform } from './index';

afterEach(() => {
  delete window.hallwayDesktop;
});

describe('createPlatform', () => {
  it('uses the web platform in a plain browser', () => {
    expect(createPlatform().kind).toBe('web');
  });

  it('uses the desktop platform over the preload bridge when there is one', async () => {
    const getAppInfo = vi.fn(async () => ({
      name: 'Hallway',
      version: '1.0.0',
      platform: 'desktop' as const,
      os: 'linux',
      userDataDir: '/tmp/hallway',
    }));
    window.hallwayDesktop = { getAppInfo, e2e: false } as unknown as DesktopBridge;

    const platform = createPlatform();

    expect(platform.kind).toBe('desktop');
    await expect(platform.appInfo()).resolves.toMatchObject({ userDataDir: '/tmp/hallway' });
    expect(getAppInfo).toHaveBeenCalledTimes(1);
  });
});
