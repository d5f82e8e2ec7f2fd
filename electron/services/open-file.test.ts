import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openFileThroughDialog } from './open-file';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'hallway-open-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const choose = (filePath: string) => async () => ({ canceled: false, filePaths: [filePath] });

describe('openFileThroughDialog', () => {
  it('reads the chosen file', async () => {
    const filePath = path.join(folder, 'connpass.csv');
    await writeFile(filePath, 'name\nAiko\n');

    const result = await openFileThroughDialog(
      { showOpenDialog: choose(filePath), stat, readFile },
      { maxBytes: 1024, filters: [{ name: 'CSV', extensions: ['csv'] }] },
    );

    expect(result.opened).toBe(true);
    if (!result.opened) return;
    expect(result.name).toBe('connpass.csv');
    expect(new TextDecoder().decode(result.bytes)).toBe('name\nAiko\n');
  });

  it('refuses a file above the limit without reading it', async () => {
    const filePath = path.join(folder, 'huge.csv');
    await writeFile(filePath, 'x'.repeat(2049));
    const read = vi.fn((filePath: string) => readFile(filePath));

    const result = await openFileThroughDialog(
      { showOpenDialog: choose(filePath), stat, readFile: read },
      { maxBytes: 2048 },
    );

    expect(result).toEqual({
      opened: false,
      reason: 'too-large',
      name: 'huge.csv',
      size: 2049,
      maxBytes: 2048,
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('accepts a file of exactly the limit', async () => {
    const filePath = path.join(folder, 'edge.csv');
    await writeFile(filePath, 'x'.repeat(2048));
    const result = await openFileThroughDialog(
      { showOpenDialog: choose(filePath), stat, readFile },
      { maxBytes: 2048 },
    );
    expect(result.opened).toBe(true);
  });

  it('refuses a file that grew past the limit after it was measured', async () => {
    const filePath = path.join(folder, 'growing.csv');
    await writeFile(filePath, 'x');
    const result = await openFileThroughDialog(
      {
        showOpenDialog: choose(filePath),
        stat,
        readFile: async () => new Uint8Array(4096),
      },
      { maxBytes: 2048 },
    );
    expect(result).toMatchObject({ opened: false, reason: 'too-large', size: 4096 });
  });

  it('reports a cancelled dialog', async () => {
    const result = await openFileThroughDialog(
      { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), stat, readFile },
      { maxBytes: 10 },
    );
    expect(result).toEqual({ opened: false, reason: 'cancelled' });
  });

  it('refuses a folder with a clear error', async () => {
    await expect(
      openFileThroughDialog(
        { showOpenDialog: choose(folder), stat, readFile },
        { maxBytes: 10_000_000 },
      ),
    ).rejects.toThrow(`${path.basename(folder)} is not a file.`);
  });
});
