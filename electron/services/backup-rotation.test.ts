import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from './backup-file-name';
import { selectBackupsToKeep } from './backup-rotation';
import type { BackupKind } from '../../shared/backup/backup-kind';

const at = (iso: string) => Date.parse(iso);
const backupAt = (iso: string, kind: BackupKind = 'automatic') => ({
  fileName: backupFileName(at(iso), kind),
  createdAt: at(iso),
  kind,
});
const NOW = at('2026-03-05T23:00:00Z');

describe('backup file names', () => {
  it('encode the UTC time and round-trip', () => {
    const createdAt = at('2026-03-05T18:04:09Z');
    expect(backupFileName(createdAt)).toBe('hallway-backup-2026-03-05-180409.json');
    expect(parseBackupFileName('hallway-backup-2026-03-05-180409.json')).toEqual({
      createdAt,
      kind: 'automatic',
    });
  });

  it('carry every kind but automatic as a suffix', () => {
    const createdAt = at('2026-03-05T18:04:09Z');
    expect(backupFileName(createdAt, 'before-restore')).toBe(
      'hallway-backup-2026-03-05-180409-before-restore.json',
    );
    expect(parseBackupFileName('hallway-backup-2026-03-05-180409-manual.json')).toEqual({
      createdAt,
      kind: 'manual',
    });
  });

  it.each([
    'hallway-backup-2026-02-30-000000.json',
    'hallway-backup-2026-03-05-246000.json',
    'hallway-backup-2026-03-05.json',
    'hallway-backup-2026-03-05-180409-automatic.json',
    'hallway-backup-2026-03-05-180409-before-lunch.json',
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
    const kept = selectBackupsToKeep(backups, NOW);
    expect([...kept.keys()].sort()).toEqual([
      'hallway-backup-2026-03-04-235959.json',
      'hallway-backup-2026-03-05-180000.json',
    ]);
  });

  it('counts days that have backups, not calendar days, so a holiday loses nothing', () => {
    const backups = ['01', '02', '03', '20', '21', '22', '23', '24'].map((day) =>
      backupAt(`2026-01-${day}T12:00:00Z`),
    );
    const kept = selectBackupsToKeep(backups, NOW);
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
      .map(({ at: createdAt }) => ({
        fileName: backupFileName(createdAt),
        createdAt,
        kind: 'automatic' as const,
      }));

    const kept = selectBackupsToKeep(backups, NOW);

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

  it('never lets a safety copy made before a restore be rotated away by a later backup', () => {
    // 09:00 automatic, 10:00 the copy before a restore, 10:05 automatic: all one day.
    const backups = [
      backupAt('2026-03-05T09:00:00Z'),
      backupAt('2026-03-05T10:00:00Z', 'before-restore'),
      backupAt('2026-03-05T10:05:00Z'),
    ];
    const kept = selectBackupsToKeep(backups, at('2026-03-05T10:05:00Z'));
    expect(Object.fromEntries(kept)).toEqual({
      'hallway-backup-2026-03-05-100000-before-restore.json': 'before-restore',
      'hallway-backup-2026-03-05-100500.json': 'daily',
    });
  });

  it('keeps the other kinds for 30 days whatever the automatic backups do, then lets them go', () => {
    const backups = [
      backupAt('2026-02-01T10:00:00Z', 'manual'),
      backupAt('2026-02-04T10:00:00Z', 'before-empty-trash'),
      backupAt('2026-02-04T11:00:00Z', 'before-upgrade'),
      backupAt('2026-02-04T12:00:00Z', 'before-merge'),
      ...Array.from({ length: 30 }, (_, day) =>
        backupAt(new Date(at('2026-02-04T18:00:00Z') + day * 86_400_000).toISOString()),
      ),
    ];
    const kept = selectBackupsToKeep(backups, at('2026-03-05T23:00:00Z'));
    expect(kept.get('hallway-backup-2026-02-01-100000-manual.json')).toBeUndefined();
    expect(kept.get('hallway-backup-2026-02-04-100000-before-empty-trash.json')).toBe(
      'before-empty-trash',
    );
    expect(kept.get('hallway-backup-2026-02-04-110000-before-upgrade.json')).toBe('before-upgrade');
    expect(kept.get('hallway-backup-2026-02-04-120000-before-merge.json')).toBe('before-merge');
    expect([...kept.values()].filter((kind) => kind === 'daily')).toHaveLength(7);
  });
});
