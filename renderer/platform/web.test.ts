// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupFileName, createWebPlatform } from './web';

function interceptFilePicker(onOpen: (input: HTMLInputElement) => void) {
  return vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
    this: HTMLInputElement,
  ) {
    onOpen(this);
  });
}

function choose(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file] });
  input.dispatchEvent(new Event('change'));
}

describe('web platform: saving files', () => {
  afterEach(() => vi.useRealTimers());

  it('downloads the data under the suggested name and revokes the object URL after', async () => {
    vi.useFakeTimers();
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:download');
    const revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });

    const result = await createWebPlatform().saveFile({
      suggestedName: 'people.csv',
      data: 'name\nAda',
      mimeType: 'text/csv',
    });

    expect(result).toEqual({ saved: true, location: 'people.csv' });
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('people.csv');
    expect(clicked[0].href).toBe('blob:download');
    expect(document.querySelector('a[download]')).toBeNull();
    const blob = createObjectURL.mock.calls[0][0] as Blob;
    expect(blob.type).toBe('text/csv');
    expect(await blob.text()).toBe('name\nAda');
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:download');
  });

  it('writes a backup as a dated JSON download', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:backup');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    const result = await createWebPlatform().writeBackup('{}', 'manual');

    expect(result.saved && result.location).toMatch(
      /^hallway-backup-\d{4}-\d{2}-\d{2}-\d{6}\.json$/,
    );
  });

  it('names a backup made for a reason after its kind', () => {
    expect(backupFileName(new Date(2026, 0, 5, 9, 3, 7), 'before-restore')).toBe(
      'hallway-backup-2026-01-05-090307-before-restore.json',
    );
  });

  it('names backups after the local date and time', () => {
    expect(backupFileName(new Date(2026, 0, 5, 9, 3, 7))).toBe(
      'hallway-backup-2026-01-05-090307.json',
    );
  });
});

describe('web platform: opening files', () => {
  it('reads the chosen file and accepts the filters’ extensions', async () => {
    let accept = '';
    interceptFilePicker((input) => {
      accept = input.accept;
      choose(input, new File(['a,b'], 'people.csv', { type: 'text/csv' }));
    });

    const result = await createWebPlatform().openFile({
      maxBytes: 100,
      filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }],
    });

    expect(accept).toBe('.csv,.txt');
    expect(result).toEqual({
      opened: true,
      name: 'people.csv',
      bytes: new TextEncoder().encode('a,b'),
    });
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('refuses a file above the limit without reading it', async () => {
    const file = new File(['x'.repeat(20)], 'huge.csv');
    const read = vi.spyOn(file, 'arrayBuffer');
    interceptFilePicker((input) => choose(input, file));

    const result = await createWebPlatform().openFile({ maxBytes: 10 });

    expect(result).toEqual({
      opened: false,
      reason: 'too-large',
      name: 'huge.csv',
      size: 20,
      maxBytes: 10,
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('reports a cancelled picker', async () => {
    interceptFilePicker((input) => input.dispatchEvent(new Event('cancel')));

    await expect(createWebPlatform().openFile({ maxBytes: 10 })).resolves.toEqual({
      opened: false,
      reason: 'cancelled',
    });
    expect(document.querySelector('input[type=file]')).toBeNull();
  });
});

describe('web platform: links, notifications, backups, menu', () => {
  it('opens http(s) and mailto links in a new window without an opener', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);

    await expect(createWebPlatform().openExternal('https://example.com')).resolves.toBe(true);

    expect(open).toHaveBeenCalledWith('https://example.com', '_blank', 'noopener,noreferrer');
  });

  it('refuses other links without opening anything', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);

    await expect(createWebPlatform().openExternal('javascript:alert(1)')).resolves.toBe(false);
    await expect(createWebPlatform().openExternal('file:///etc/passwd')).resolves.toBe(false);

    expect(open).not.toHaveBeenCalled();
  });

  it('shows a notification only when permission was already granted, never asking', async () => {
    const shown: string[] = [];
    const requestPermission = vi.fn();
    class FakeNotification {
      static permission: NotificationPermission = 'default';
      static requestPermission = requestPermission;
      constructor(title: string) {
        shown.push(title);
      }
    }
    vi.stubGlobal('Notification', FakeNotification);
    const platform = createWebPlatform();

    await expect(platform.showNotification({ title: 'Hi', body: '' })).resolves.toBe(false);
    FakeNotification.permission = 'granted';
    await expect(platform.showNotification({ title: 'Follow up', body: 'Ada' })).resolves.toBe(
      true,
    );

    expect(shown).toEqual(['Follow up']);
    expect(requestPermission).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('has no backups on disk and no menu', async () => {
    const platform = createWebPlatform();

    await expect(platform.listBackups()).resolves.toEqual([]);
    await expect(platform.readBackup('hallway-backup-x.json')).rejects.toThrow();
    await expect(platform.showBackupInFolder('hallway-backup-x.json')).rejects.toThrow();
    const listener = vi.fn();
    platform.onMenuCommand(listener)();
    expect(listener).not.toHaveBeenCalled();
  });

  it('describes itself as the web platform with the app version', async () => {
    const info = await createWebPlatform().appInfo();

    expect(info).toMatchObject({ name: 'Hallway', platform: 'web', userDataDir: null });
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('lets the page reach a sync server with nothing to do: its CSP is the static meta tag', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    await expect(createWebPlatform().allowSyncOrigin('ws://127.0.0.1:4455')).resolves.toBe(
      undefined,
    );
    await expect(createWebPlatform().allowSyncOrigin(null)).resolves.toBe(undefined);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
