import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import {
  INVOKE_CHANNELS,
  IpcRefusedError,
  createIpcFrontDoor,
  registerIpcFrontDoor,
  type IpcHandlers,
  type IpcSender,
} from './ipc-front-door';

const APP_WINDOW_ID = 7;
const appSender: IpcSender = { frameUrl: 'app://hallway/index.html', webContentsId: APP_WINDOW_ID };

function setUp() {
  const handlers = {
    'files:save-file': vi.fn(async () => ({ saved: false as const })),
    'files:open-file': vi.fn(async () => ({
      opened: false as const,
      reason: 'cancelled' as const,
    })),
    'backups:write-backup': vi.fn(async () => ({ saved: false as const })),
    'backups:list-backups': vi.fn(async () => []),
    'backups:read-backup': vi.fn(async () => '{}'),
    'backups:show-backup': vi.fn(async () => undefined),
    'notifications:show-notification': vi.fn(async () => true),
    'links:open-external': vi.fn(async () => true),
    'app:get-info': vi.fn(async () => ({
      name: 'Hallway',
      version: '0.1.0',
      platform: 'desktop' as const,
      os: 'linux',
      userDataDir: '/tmp/hallway',
    })),
    'sync:allow-origin': vi.fn(async () => undefined),
  } satisfies IpcHandlers;
  const logRefusal = vi.fn();
  const dispatch = createIpcFrontDoor({
    handlers,
    isTrustedWebContents: (id) => id === APP_WINDOW_ID,
    logRefusal,
  });
  return { handlers, logRefusal, dispatch };
}

describe('IPC front door', () => {
  it('passes a valid call from the app window to its handler with the parsed value', async () => {
    const { handlers, dispatch } = setUp();
    const request = { title: 'Follow up with Aiko', body: 'It has been 30 days.', extra: 'x' };

    await expect(dispatch('notifications:show-notification', appSender, request)).resolves.toBe(
      true,
    );

    expect(handlers['notifications:show-notification']).toHaveBeenCalledExactlyOnceWith({
      title: 'Follow up with Aiko',
      body: 'It has been 30 days.',
    });
  });

  it('refuses a bad argument without calling the handler', async () => {
    const { handlers, logRefusal, dispatch } = setUp();

    await expect(
      dispatch('files:save-file', appSender, {
        suggestedName: '../../.bashrc',
        data: 'rm -rf ~',
        mimeType: 'text/plain',
      }),
    ).rejects.toThrow(/files:save-file refused: invalid argument/);
    await expect(dispatch('backups:read-backup', appSender, '../secrets.json')).rejects.toThrow(
      IpcRefusedError,
    );
    await expect(dispatch('files:open-file', appSender, { maxBytes: -1 })).rejects.toThrow(
      IpcRefusedError,
    );

    expect(handlers['files:save-file']).not.toHaveBeenCalled();
    expect(handlers['backups:read-backup']).not.toHaveBeenCalled();
    expect(handlers['files:open-file']).not.toHaveBeenCalled();
    expect(logRefusal).toHaveBeenCalledTimes(3);
  });

  it('refuses a frame of a foreign origin, even inside an app window', async () => {
    const { handlers, dispatch } = setUp();
    const foreignFrame = { frameUrl: 'https://evil.example/', webContentsId: APP_WINDOW_ID };

    await expect(dispatch('links:open-external', foreignFrame, 'https://x.org')).rejects.toThrow(
      /sender frame https:\/\/evil\.example\/ is not the app/,
    );
    await expect(
      dispatch('app:get-info', { frameUrl: null, webContentsId: APP_WINDOW_ID }, undefined),
    ).rejects.toThrow(IpcRefusedError);
    expect(handlers['links:open-external']).not.toHaveBeenCalled();
    expect(handlers['app:get-info']).not.toHaveBeenCalled();
  });

  it('refuses a webContents the app did not create, even on the app origin', async () => {
    const { handlers, logRefusal, dispatch } = setUp();
    const stranger = { frameUrl: 'app://hallway/index.html', webContentsId: 99 };

    await expect(dispatch('backups:list-backups', stranger, undefined)).rejects.toThrow(
      /webContents 99 is not an app window/,
    );
    expect(handlers['backups:list-backups']).not.toHaveBeenCalled();
    expect(logRefusal).toHaveBeenCalledWith(expect.stringContaining('backups:list-backups'));
  });

  it('refuses a channel outside the contract', async () => {
    const { dispatch } = setUp();
    await expect(
      dispatch('shell:run-command' as 'app:get-info', appSender, undefined),
    ).rejects.toThrow(/unknown channel/);
  });

  it('registers every contract channel and reads the sender from the event', async () => {
    const { handlers, dispatch } = setUp();
    const registered = new Map<string, (event: IpcMainInvokeEvent, arg: unknown) => unknown>();
    registerIpcFrontDoor(
      { handle: (channel, listener) => void registered.set(channel, listener) },
      dispatch,
    );
    expect([...registered.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());

    const event = {
      senderFrame: { url: 'app://hallway/index.html' },
      sender: { id: APP_WINDOW_ID },
    } as unknown as IpcMainInvokeEvent;
    await registered.get('backups:read-backup')?.(event, 'hallway-backup-2026-01-02-030405.json');
    expect(handlers['backups:read-backup']).toHaveBeenCalledWith(
      'hallway-backup-2026-01-02-030405.json',
    );

    const foreignEvent = { senderFrame: null, sender: { id: APP_WINDOW_ID } };
    await expect(
      registered.get('app:get-info')?.(foreignEvent as unknown as IpcMainInvokeEvent, undefined),
    ).rejects.toThrow(IpcRefusedError);
  });
});
