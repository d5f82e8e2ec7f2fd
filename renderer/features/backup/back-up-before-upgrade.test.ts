// @vitest-environment happy-dom
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupKind } from '../../../shared/backup/backup-kind';
import { parseBackup } from '../../../shared/backup/parse-backup';
import { personFixture } from '../../../shared/domain/person-fixture';
import type { Platform } from '../../../shared/platform/platform';
import { CURRENT_SCHEMA_VERSION, DEFAULT_DATABASE_NAME, HallwayDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { createWebPlatform } from '../../platform/web';
import { backUpBeforeUpgrade } from './back-up-before-upgrade';
import { backupSchema } from './backup-schema';
import { restoreBackup } from './restore-backup';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

function desktop() {
  const writeBackup = vi.fn(async (_json: string, _kind: BackupKind) => ({
    saved: true as const,
    location: '/backups/x.json',
  }));
  const platform: Platform = { ...createWebPlatform(), kind: 'desktop', writeBackup };
  return { platform, writeBackup };
}

async function storedAt(version: number, name = `upgrade-${crypto.randomUUID()}`) {
  names.push(name);
  const db = new HallwayDatabase(
    name,
    migrations.filter((migration) => migration.version <= version),
  );
  await db.open();
  return db;
}

describe('backUpBeforeUpgrade', () => {
  it('saves an older database with data as a before-upgrade backup that restores', async () => {
    const old = await storedAt(10, DEFAULT_DATABASE_NAME);
    await old.people.add(personFixture({ id: 'aiko', displayName: 'Aiko' }));
    old.close();
    const { platform, writeBackup } = desktop();
    const onBackingUp = vi.fn();

    await expect(
      backUpBeforeUpgrade({
        databaseName: DEFAULT_DATABASE_NAME,
        appVersion: CURRENT_SCHEMA_VERSION,
        platform,
        onBackingUp,
      }),
    ).resolves.toBe('saved');

    expect(onBackingUp).toHaveBeenCalledTimes(1);
    expect(writeBackup).toHaveBeenCalledExactlyOnceWith(expect.any(String), 'before-upgrade');
    const parsed = parseBackup(writeBackup.mock.calls[0]![0], backupSchema());
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.backup.version).toBe(10);
    // The stored database was only read: still at its version, ready for the real upgrade.
    const reopened = new Dexie(DEFAULT_DATABASE_NAME);
    await reopened.open();
    expect(reopened.verno).toBe(10);
    reopened.close();

    const target = await storedAt(CURRENT_SCHEMA_VERSION);
    await restoreBackup(target, parsed.backup);
    expect(await target.people.toCollection().primaryKeys()).toEqual(['aiko']);
    target.close();
  });

  it('saves nothing for a database already at the app version, an empty one or none', async () => {
    const { platform, writeBackup } = desktop();
    const current = await storedAt(CURRENT_SCHEMA_VERSION);
    await current.people.add(personFixture({ id: 'aiko' }));
    current.close();
    const empty = await storedAt(10);
    empty.close();
    const missing = `upgrade-${crypto.randomUUID()}`;

    const outcome = (databaseName: string) =>
      backUpBeforeUpgrade({ databaseName, appVersion: CURRENT_SCHEMA_VERSION, platform });
    await expect(outcome(current.name)).resolves.toBe('current');
    await expect(outcome(empty.name)).resolves.toBe('empty');
    await expect(outcome(missing)).resolves.toBe('no-database');

    expect(writeBackup).not.toHaveBeenCalled();
    expect(await Dexie.exists(missing)).toBe(false);
  });

  it('does nothing in the browser', async () => {
    const old = await storedAt(10);
    await old.people.add(personFixture({ id: 'aiko' }));
    old.close();
    const writeBackup = vi.fn();
    const platform: Platform = { ...createWebPlatform(), writeBackup };

    await expect(
      backUpBeforeUpgrade({
        databaseName: old.name,
        appVersion: CURRENT_SCHEMA_VERSION,
        platform,
      }),
    ).resolves.toBe('not-desktop');
    expect(writeBackup).not.toHaveBeenCalled();
  });

  it('fails when the backup is not saved, so the upgrade does not go ahead', async () => {
    const old = await storedAt(10);
    await old.people.add(personFixture({ id: 'aiko' }));
    old.close();
    const platform: Platform = {
      ...createWebPlatform(),
      kind: 'desktop',
      writeBackup: async () => ({ saved: false }),
    };

    await expect(
      backUpBeforeUpgrade({ databaseName: old.name, appVersion: CURRENT_SCHEMA_VERSION, platform }),
    ).rejects.toThrow(/not saved/);
  });
});
