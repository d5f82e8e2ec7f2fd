// The remembered sync server: read back as written, anything unreadable or no longer valid read
// as none, and written through a temporary file renamed over the old one.
import { describe, expect, it } from 'vitest';
import { readSavedSyncServerUrl, saveSyncServerUrl, type SyncOriginFs } from './sync-origin-file';

const FILE = '/user-data/sync-origin.json';

function fakeFs(files: Record<string, string> = {}, failRename = false) {
  const contents = new Map(Object.entries(files));
  const calls: string[] = [];
  const fs: SyncOriginFs = {
    readFileSync(path) {
      const text = contents.get(path);
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return text;
    },
    writeFileSync(path, data, options) {
      calls.push(`write ${path} flush=${options.flush}`);
      contents.set(path, data);
    },
    renameSync(from, to) {
      calls.push(`rename ${from} ${to}`);
      if (failRename) throw new Error('EIO');
      contents.set(to, contents.get(from) ?? '');
      contents.delete(from);
    },
    rmSync(path) {
      calls.push(`rm ${path}`);
      contents.delete(path);
    },
  };
  return { fs, contents, calls };
}

describe('readSavedSyncServerUrl', () => {
  it('reads the saved server', () => {
    const { fs } = fakeFs({ [FILE]: '{"serverUrl":"wss://sync.example.org"}' });
    expect(readSavedSyncServerUrl(fs, FILE)).toBe('wss://sync.example.org');
  });

  it.each([
    ['no file', undefined],
    ['no server', '{"serverUrl":null}'],
    ['broken JSON', '{"serverUrl":'],
    ['another shape', '["wss://sync.example.org"]'],
    ['a URL the app may not reach', '{"serverUrl":"ws://sync.example.org"}'],
  ])('reads %s as no server', (_case, text) => {
    const { fs } = fakeFs(text === undefined ? {} : { [FILE]: text });
    expect(readSavedSyncServerUrl(fs, FILE)).toBeNull();
  });
});

describe('saveSyncServerUrl', () => {
  it('writes a flushed temporary file, then renames it over the old one', () => {
    const { fs, contents, calls } = fakeFs({ [FILE]: '{"serverUrl":"wss://old.example.org"}' });
    saveSyncServerUrl(fs, FILE, 'ws://127.0.0.1:4455');
    expect(calls).toEqual([`write ${FILE}.tmp flush=true`, `rename ${FILE}.tmp ${FILE}`]);
    expect([...contents.keys()]).toEqual([FILE]);
    expect(readSavedSyncServerUrl(fs, FILE)).toBe('ws://127.0.0.1:4455');
    saveSyncServerUrl(fs, FILE, null);
    expect(readSavedSyncServerUrl(fs, FILE)).toBeNull();
  });

  it('leaves the old file whole and removes the temporary one when the rename fails', () => {
    const old = '{"serverUrl":"wss://old.example.org"}';
    const { fs, contents } = fakeFs({ [FILE]: old }, true);
    expect(() => saveSyncServerUrl(fs, FILE, 'wss://new.example.org')).toThrow('EIO');
    expect(Object.fromEntries(contents)).toEqual({ [FILE]: old });
  });
});
