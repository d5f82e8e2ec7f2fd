import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileStateStorage } from './file-state-storage';

const newFolder = () => mkdtemp(path.join(tmpdir(), 'hallway-state-'));

describe('file state storage', () => {
  it('keeps each value in <name>.json and reads a value never saved as absent', async () => {
    const folder = await newFolder();
    const storage = createFileStateStorage(folder, nodeFs);
    expect(await storage.read(['accounts'])).toEqual({});
    await storage.update(['accounts'], () => ({ accounts: { owner: null } }));
    expect(await storage.read(['accounts', 'revocations'])).toEqual({ accounts: { owner: null } });
    expect(JSON.parse(await readFile(path.join(folder, 'accounts.json'), 'utf8'))).toEqual({
      owner: null,
    });
  });

  it('writes only the values that changed, and nothing when the change throws', async () => {
    const folder = await newFolder();
    const storage = createFileStateStorage(folder, nodeFs);
    await storage.update(['a', 'b'], () => ({ a: 1 }));
    await storage.update(['a', 'b'], (values) => ({ ...values, b: 2 }));
    expect((await readdir(folder)).sort()).toEqual(['a.json', 'b.json']);
    await expect(
      storage.update(['a'], () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await storage.read(['a', 'b'])).toEqual({ a: 1, b: 2 });
  });

  it('runs concurrent updates one after another, each on the values the previous one saved', async () => {
    const storage = createFileStateStorage(await newFolder(), nodeFs);
    const increment = () =>
      storage.update(['count'], ({ count }) => ({ count: Number(count ?? 0) + 1 }));
    await Promise.all(Array.from({ length: 10 }, increment));
    expect(await storage.read(['count'])).toEqual({ count: 10 });
  });
});
