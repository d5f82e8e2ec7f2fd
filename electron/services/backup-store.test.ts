import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupStore, type BackupFs } from './backup-store';

const DAY = 86_400_000;
const MONDAY_5_JAN_2026_0900 = Date.parse('2026-01-05T09:00:00Z');

let directory: string;
let clock: number;
let tag: number;

function storeWith(backupFs: BackupFs = fs) {
  return createBackupStore({
    fs: backupFs,
    directory,
    now: () => clock,
    randomTag: () => String((tag += 1)),
    log: vi.fn(),
  });
}

beforeEach(async () => {
  directory = path.join(await mkdtemp(path.join(tmpdir(), 'hallway-backups-')), 'backups');
  clock = MONDAY_5_JAN_2026_0900;
  tag = 0;
});

afterEach(async () => {
  await rm(path.dirname(directory), { recursive: true, force: true });
});

describe('backup store', () => {
  it('writes a named backup into the folder, creating it, and reads it back', async () => {
    const store = storeWith();

    const result = await store.writeBackup('{"people":[]}', 'automatic');

    const fileName = 'hallway-backup-2026-01-05-090000.json';
    expect(result).toEqual({ saved: true, location: path.join(directory, fileName) });
    expect(await readdir(directory)).toEqual([fileName]);
    await expect(store.readBackup(fileName)).resolves.toBe('{"people":[]}');
    await expect(store.listBackups()).resolves.toEqual([
      { fileName, createdAt: MONDAY_5_JAN_2026_0900, sizeBytes: 13, kind: 'daily' },
    ]);
  });

  it('after two months of backups keeps exactly the last 7 daily and 4 weekly', async () => {
    const store = storeWith();
    for (let day = 0; day < 60; day += 1) {
      clock = MONDAY_5_JAN_2026_0900 + day * DAY;
      await store.writeBackup(`{"day":${day},"at":"morning"}`, 'automatic');
      clock += 9 * 60 * 60 * 1000;
      await store.writeBackup(`{"day":${day},"at":"evening"}`, 'automatic');
    }

    expect((await readdir(directory)).sort()).toEqual([
      'hallway-backup-2026-02-15-180000.json',
      'hallway-backup-2026-02-22-180000.json',
      'hallway-backup-2026-02-27-180000.json',
      'hallway-backup-2026-02-28-180000.json',
      'hallway-backup-2026-03-01-180000.json',
      'hallway-backup-2026-03-02-180000.json',
      'hallway-backup-2026-03-03-180000.json',
      'hallway-backup-2026-03-04-180000.json',
      'hallway-backup-2026-03-05-180000.json',
    ]);
    const listed = await store.listBackups();
    expect(listed.map((backup) => backup.kind)).toEqual([
      ...Array<string>(7).fill('daily'),
      'weekly',
      'weekly',
    ]);
    await expect(store.readBackup('hallway-backup-2026-02-15-180000.json')).resolves.toBe(
      '{"day":41,"at":"evening"}',
    );
  });

  it('keeps the copy made before a restore when a later backup rotates the same day', async () => {
    const store = storeWith();
    await store.writeBackup('{"at":"09:00"}', 'automatic');
    clock += 60 * 60 * 1000;
    await store.writeBackup('{"at":"10:00"}', 'before-restore');
    clock += 5 * 60 * 1000;
    await store.writeBackup('{"at":"10:05"}', 'automatic');

    expect((await store.listBackups()).map(({ fileName, kind }) => ({ fileName, kind }))).toEqual([
      { fileName: 'hallway-backup-2026-01-05-100500.json', kind: 'daily' },
      { fileName: 'hallway-backup-2026-01-05-100000-before-restore.json', kind: 'before-restore' },
    ]);
    await expect(
      store.readBackup('hallway-backup-2026-01-05-100000-before-restore.json'),
    ).resolves.toBe('{"at":"10:00"}');
  });

  it('leaves no partial file and the earlier backups intact when a write fails midway', async () => {
    const store = storeWith();
    await store.writeBackup('{"version":1}', 'automatic');
    const before = await readdir(directory);

    const failingFs: BackupFs = {
      ...fs,
      open: async (filePath, flags) => {
        const handle = await fs.open(filePath, flags);
        return {
          writeFile: async (data) => {
            await handle.writeFile(data.slice(0, data.length / 2), 'utf8');
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    clock += DAY;
    await expect(
      storeWith(failingFs).writeBackup('{"version":2,"big":true}', 'automatic'),
    ).rejects.toThrow('ENOSPC');

    expect(await readdir(directory)).toEqual(before);
    await expect(readFile(path.join(directory, before[0] ?? ''), 'utf8')).resolves.toBe(
      '{"version":1}',
    );
  });

  it('leaves no partial file when the final rename fails', async () => {
    await storeWith().writeBackup('{"version":1}', 'automatic');
    const before = await readdir(directory);

    clock += DAY;
    const renameFails: BackupFs = {
      ...fs,
      rename: async () => {
        throw new Error('EXDEV: cross-device link not permitted');
      },
    };
    await expect(storeWith(renameFails).writeBackup('{"version":2}', 'automatic')).rejects.toThrow(
      'EXDEV',
    );
    expect(await readdir(directory)).toEqual(before);
  });

  it('ignores a temporary file left by a crash, then removes it on the next backup', async () => {
    const store = storeWith();
    await store.writeBackup('{"version":1}', 'automatic');
    const leftover = '.hallway-backup-2026-01-05-100000.json.x1.tmp';
    await writeFile(path.join(directory, leftover), '{"version":2,"trunc');

    expect((await store.listBackups()).map((backup) => backup.fileName)).toEqual([
      'hallway-backup-2026-01-05-090000.json',
    ]);

    clock += 60_000;
    await store.writeBackup('{"version":3}', 'automatic');
    expect(await readdir(directory)).toEqual(['hallway-backup-2026-01-05-090100.json']);
  });

  it('runs concurrent backups one after the other, the later one winning', async () => {
    const steps: string[] = [];
    const recordingFs: BackupFs = {
      ...fs,
      open: async (filePath, flags) => {
        steps.push('open');
        return fs.open(filePath, flags);
      },
      rename: async (from, to) => {
        steps.push('rename');
        return fs.rename(from, to);
      },
    };
    const store = storeWith(recordingFs);

    const first = store.writeBackup('{"n":1}', 'automatic');
    clock += 1000;
    const second = store.writeBackup('{"n":2}', 'automatic');
    const [firstResult, secondResult] = await Promise.all([first, second]);

    expect(steps).toEqual(['open', 'rename', 'open', 'rename']);
    expect(firstResult).toEqual(secondResult);
    await expect(
      readFile(path.join(directory, 'hallway-backup-2026-01-05-090001.json'), 'utf8'),
    ).resolves.toBe('{"n":2}');
  });

  it('lists nothing before the first backup', async () => {
    await expect(storeWith().listBackups()).resolves.toEqual([]);
  });

  it('reads only files named like backups, never a path', async () => {
    const store = storeWith();
    await store.writeBackup('{}', 'automatic');
    await writeFile(path.join(path.dirname(directory), 'secret.json'), '{"secret":true}');

    await expect(store.readBackup('../secret.json')).rejects.toThrow(
      '../secret.json is not the name of a Hallway backup.',
    );
    await expect(store.readBackup('hallway-backup-../../secret.json')).rejects.toThrow(
      /not the name of a Hallway backup/,
    );
    expect(() => store.backupPath('/etc/passwd')).toThrow(/not the name of a Hallway backup/);
  });
});
