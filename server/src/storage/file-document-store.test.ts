import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoreFs } from './atomic-write';
import { createFileDocumentStore, documentFileName } from './file-document-store';

const newFolder = async () =>
  path.join(await mkdtemp(path.join(tmpdir(), 'hallway-store-')), 'docs');
const bytes = (...values: number[]) => new Uint8Array(values);

describe('file document store', () => {
  it('stores and fetches a document, and fetches nothing for one never stored', async () => {
    const store = createFileDocumentStore(await newFolder(), nodeFs);
    expect(await store.fetch('space:a/people/0')).toBeNull();
    await store.store('space:a/people/0', bytes(1, 2, 3));
    await store.store('space:a/people/0', bytes(4, 5));
    expect(await store.fetch('space:a/people/0')).toEqual(bytes(4, 5));
  });

  it('keeps every document name, however hostile, a plain file inside its folder', async () => {
    const folder = await newFolder();
    const store = createFileDocumentStore(folder, nodeFs);
    const names = [
      '../../etc/passwd',
      '/abs/path',
      'a\\..\\b',
      '..',
      '.',
      'x\u0000y',
      'space:é/人/0',
    ];
    for (const name of names) {
      expect(documentFileName(name)).toMatch(/^[A-Za-z0-9_-]+\.ydoc$/);
      await store.store(name, bytes(name.length));
    }
    expect((await readdir(folder)).sort()).toEqual(names.map(documentFileName).sort());
    for (const name of names) expect(await store.fetch(name)).toEqual(bytes(name.length));
  });

  it('leaves the previous file whole and no temporary file when the rename fails', async () => {
    const folder = await newFolder();
    const failingRename: StoreFs = {
      ...nodeFs,
      rename: async () => {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    };
    await createFileDocumentStore(folder, nodeFs).store('space:a/events/0', bytes(7, 7, 7));

    const failing = createFileDocumentStore(folder, failingRename);
    await expect(failing.store('space:a/events/0', bytes(9, 9, 9, 9))).rejects.toThrow('disk full');
    await expect(failing.store('space:a/events/1', bytes(1))).rejects.toThrow('disk full');

    expect(await readdir(folder)).toEqual([documentFileName('space:a/events/0')]);
    expect(
      new Uint8Array(await readFile(path.join(folder, documentFileName('space:a/events/0')))),
    ).toEqual(bytes(7, 7, 7));
  });
});
