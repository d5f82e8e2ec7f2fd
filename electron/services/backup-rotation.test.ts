import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from './backup-file-name';
import { selectBackupsToKeep } from './backup-rotation';

const at = (iso: string) => Date.parse(iso);
const backupAt = (iso: string) => ({ fileName: backupFileName(at(iso)), createdAt: at(iso) });

describe('backup file names', () => {
  it('encode the UTC time and round-trip', () => {
    const createdAt = at('2026-03-05T18:04:09Z');
    expect(backupFileName(createdAt)).toBe('hallway-backup-2026-03-05-180409.json');
    expect(parseBackupFileName('hallway-backup-2026-03-05-180409.json')).toBe(createdAt);
  });

  it.each([
    'hallway-backup-2026-02-30-000000.json',
    'hallway-backup-2026-03-05-246000.json',
    'hallway-backup-2026-03-05.json',
    '.hallway-backup-2026-03-05-180409.json.1a2b.tmp',
    '../hallway-backup-2026-03-05-180409.json',
    'people.json',
  ])('are not confused with %s', (name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });
});

describe('selectBackupsToKeep', () => {
  it('keeps the newest backup of each of the last 7 days', () => {
    const backups = [
      backupAt('2026-03-05T09:00:00Z'),
      backupAt('2026-03-05T18:00:00Z'),
      backupAt('2026-03-04T23:59:59Z'),
      backupAt('2026-03-04T00:00:00Z'),
    ];
    const kept = selectBackupsToKeep(backups);
    expect([...kept.keys()].sort()).toEqual([
      'hallway-backup-2026-03-04-235959.json',
      'hallway-backup-2026-03-05-180000.json',
    ]);
  });

  it('counts days that have backups, not calendar days, so a holiday loses nothing', () => {
    const backups = ['01', '02', '03', '20', '21', '22', '23', '24'].map((day) =>
      backupAt(`2026-01-${day}T12:00:00Z`),
    );
    const kept = selectBackupsToKeep(backups);
    expect(kept.get('hallway-backup-2026-01-02-120000.json')).toBe('daily');
    expect(kept.get('hallway-backup-2026-01-03-120000.json')).toBe('daily');
    expect(kept.has('hallway-backup-2026-01-01-120000.json')).toBe(false);
    expect(kept.size).toBe(7);
  });

  it('keeps the newest of each of the last 4 weeks beyond the daily ones', () => {
    // Monday 5 January 2026 to Thursday 5 March 2026, two backups a day.
    const backups = Array.from({ length: 60 }, (_, day) => [
      { at: at('2026-01-05T09:00:00Z') + day * 86_400_000 },
      { at: at('2026-01-05T18:00:00Z') + day * 86_400_000 },
    ])
      .flat()
      .map(({ at: createdAt }) => ({ fileName: backupFileName(createdAt), createdAt }));

    const kept = selectBackupsToKeep(backups);

    expect(Object.fromEntries([...kept].sort())).toEqual({
      'hallway-backup-2026-02-15-180000.json': 'weekly',
      'hallway-backup-2026-02-22-180000.json': 'weekly',
      'hallway-backup-2026-02-27-180000.json': 'daily',
      'hallway-backup-2026-02-28-180000.json': 'daily',
      'hallway-backup-2026-03-01-180000.json': 'daily',
      'hallway-backup-2026-03-02-180000.json': 'daily',
      'hallway-backup-2026-03-03-180000.json': 'daily',
      'hallway-backup-2026-03-04-180000.json': 'daily',
      'hallway-backup-2026-03-05-180000.json': 'daily',
    });
  });
});
