import { describe, expect, it, vi } from 'vitest';
import { describeApp } from './app-info';
import { showNotification } from './notification';

describe('showNotification', () => {
  it('shows the notification and says so', () => {
    const show = vi.fn();
    const request = { title: 'Follow up with Aiko', body: 'Met at JSConf JP' };
    expect(showNotification({ isSupported: () => true, show }, request)).toBe(true);
    expect(show).toHaveBeenCalledWith(request);
  });

  it('reports false where the system has no notifications', () => {
    const show = vi.fn();
    expect(showNotification({ isSupported: () => false, show }, { title: 't', body: '' })).toBe(
      false,
    );
    expect(show).not.toHaveBeenCalled();
  });
});

describe('describeApp', () => {
  it('names the app, its version, the OS and the data folder', () => {
    expect(
      describeApp({
        name: 'Hallway',
        version: '0.1.0',
        platform: 'linux',
        osRelease: '6.1.0',
        userDataDir: '/home/aiko/.config/Hallway',
      }),
    ).toEqual({
      name: 'Hallway',
      version: '0.1.0',
      platform: 'desktop',
      os: 'linux 6.1.0',
      userDataDir: '/home/aiko/.config/Hallway',
    });
  });
});
