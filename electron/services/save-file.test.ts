import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveFileThroughDialog } from './save-file';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'hallway-save-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('saveFileThroughDialog', () => {
  it('writes the data where the user chose and says where', async () => {
    const chosen = path.join(folder, 'my people.csv');
    const showSaveDialog = vi.fn(async (_options: SaveDialogOptions) => ({
      canceled: false,
      filePath: chosen,
    }));

    const result = await saveFileThroughDialog(
      { showSaveDialog, writeFile, defaultDirectory: '/home/aiko/Documents' },
      {
        suggestedName: 'people.csv',
        data: '名前,会社\n佐藤,ACME\n',
        mimeType: 'text/csv',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      },
    );

    expect(result).toEqual({ saved: true, location: chosen });
    await expect(readFile(chosen, 'utf8')).resolves.toBe('名前,会社\n佐藤,ACME\n');
    expect(showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: path.join('/home/aiko/Documents', 'people.csv'),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
  });

  it('writes bytes as they are', async () => {
    const chosen = path.join(folder, 'people-sjis.csv');
    await saveFileThroughDialog(
      {
        showSaveDialog: async () => ({ canceled: false, filePath: chosen }),
        writeFile,
        defaultDirectory: folder,
      },
      {
        suggestedName: 'people-sjis.csv',
        data: new Uint8Array([0x96, 0xbc]),
        mimeType: 'text/csv',
      },
    );
    expect([...(await readFile(chosen))]).toEqual([0x96, 0xbc]);
  });

  it('writes nothing when the user cancels', async () => {
    const write = vi.fn(async () => undefined);
    const result = await saveFileThroughDialog(
      {
        showSaveDialog: async () => ({ canceled: true, filePath: '' }),
        writeFile: write,
        defaultDirectory: folder,
      },
      { suggestedName: 'people.csv', data: 'x', mimeType: 'text/csv' },
    );
    expect(result).toEqual({ saved: false });
    expect(write).not.toHaveBeenCalled();
  });
});
