// @vitest-environment happy-dom
import Dexie from 'dexie';
import type { TFunction } from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../../../shared/platform/platform';
import { personFixture } from '../../../shared/domain/person-fixture';
import { useToastStore } from '../../app/toasts/toast-store';
import { DEFAULT_DATABASE_NAME, HallwayDatabase } from '../../db/database';
import { useBackupStore } from './backup-store';
import { createBackupJson } from './create-backup';
import { createRestoreFlow } from './restore-flow';

/** Keys and their values, so a test reads which message was chosen with what. */
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction<'backup'>;

let db: HallwayDatabase;
let backupJson: string;

beforeEach(async () => {
  const source = new HallwayDatabase(DEFAULT_DATABASE_NAME);
  await source.open();
  await source.people.bulkAdd([
    personFixture({ id: 'aiko', displayName: 'Aiko' }),
    personFixture({ id: 'ben', displayName: 'Ben' }),
  ]);
  backupJson = await createBackupJson(source);
  await source.delete();
  db = new HallwayDatabase(`restore-flow-${crypto.randomUUID()}`);
  await db.open();
  useBackupStore.setState({ restore: { phase: 'idle' } });
  useToastStore.setState({ toasts: [] });
});

afterEach(async () => {
  await db.delete();
  await Dexie.delete(DEFAULT_DATABASE_NAME);
});

function flowWith(file: string, writeBackup: Platform['writeBackup']) {
  const reload = vi.fn();
  const writeBackupSpy = vi.fn(writeBackup);
  const platform = {
    openFile: async () => ({
      opened: true as const,
      name: 'backup.json',
      bytes: new TextEncoder().encode(file),
    }),
    writeBackup: writeBackupSpy,
  } as unknown as Platform;
  const flow = createRestoreFlow({
    db,
    platform,
    t,
    formatDate: String,
    formatSize: String,
    reload,
  });
  return { flow, reload, writeBackup: writeBackupSpy };
}

const ids = async () => (await db.people.orderBy('id').primaryKeys()).join(',');
const toasts = () => useToastStore.getState().toasts.map((toast) => toast.message);

describe('the restore flow', () => {
  it('restores into an empty database at once, without asking or backing up, then reloads', async () => {
    const { flow, reload, writeBackup } = flowWith(backupJson, async () => ({ saved: false }));

    await flow.fromFile();

    expect(await ids()).toBe('aiko,ben');
    expect(writeBackup).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('counts the trashed rows apart from the ones the screens show', async () => {
    await db.people.bulkAdd([
      personFixture({ id: 'kept', displayName: 'Kept' }),
      personFixture({ id: 'gone', displayName: 'Gone', deletedAt: 5 }),
    ]);
    const { flow } = flowWith(backupJson, async () => ({ saved: false }));

    await flow.fromFile();

    expect(useBackupStore.getState().restore).toMatchObject({
      current: { people: 1, trashed: { people: 1, events: 0 } },
      incoming: { people: 2, trashed: { people: 0 } },
    });
  });

  it('over existing data: asks with both counts, backs up the current data, then restores', async () => {
    await db.people.add(personFixture({ id: 'kept', displayName: 'Kept' }));
    const { flow, reload, writeBackup } = flowWith(backupJson, async () => ({
      saved: true,
      location: 'hallway-backup.json',
    }));

    await flow.fromFile();
    const asked = useBackupStore.getState().restore;
    expect(asked).toMatchObject({
      phase: 'confirming',
      current: { people: 1, events: 0, interactions: 0 },
      incoming: { people: 2, events: 0, interactions: 0 },
    });
    expect(await ids()).toBe('kept');

    await flow.confirm();

    expect(writeBackup).toHaveBeenCalledTimes(1);
    expect(writeBackup.mock.calls[0]![1]).toBe('before-restore');
    const safety = JSON.parse(writeBackup.mock.calls[0]![0] as string) as {
      data: { data: { tableName: string; rows: { id: string }[] }[] };
    };
    const savedPeople = safety.data.data.find((table) => table.tableName === 'people');
    expect(savedPeople?.rows.map((row) => row.id)).toEqual(['kept']);
    expect(await ids()).toBe('aiko,ben');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('changes nothing when the backup of the current data is not saved', async () => {
    await db.people.add(personFixture({ id: 'kept', displayName: 'Kept' }));
    const { flow, reload } = flowWith(backupJson, async () => ({ saved: false }));

    await flow.fromFile();
    await flow.confirm();

    expect(await ids()).toBe('kept');
    expect(reload).not.toHaveBeenCalled();
    expect(toasts()).toEqual(['restore.safetyNotSaved']);
    expect(useBackupStore.getState().restore).toEqual({ phase: 'idle' });
  });

  it('names the problem of a bad file and changes nothing', async () => {
    await db.people.add(personFixture({ id: 'kept', displayName: 'Kept' }));
    const { flow, reload } = flowWith('{"contacts":[]}', async () => ({ saved: false }));

    await flow.fromFile();

    expect(toasts()).toEqual([expect.stringMatching(/^problems\.foreign /)]);
    expect(await ids()).toBe('kept');
    expect(reload).not.toHaveBeenCalled();
    expect(useBackupStore.getState().restore).toEqual({ phase: 'idle' });
  });

  it('refuses a backup with a bad row, naming its table, place and reason', async () => {
    const file = JSON.parse(backupJson) as {
      data: { data: { tableName: string; rows: Record<string, unknown>[] }[] };
    };
    file.data.data.find((table) => table.tableName === 'people')!.rows[1]!.keepInTouchDays =
      'often';
    const { flow, reload } = flowWith(JSON.stringify(file), async () => ({ saved: false }));

    await flow.fromFile();

    expect(toasts()).toEqual([
      expect.stringMatching(
        /^restore\.invalidRowWithKey .*"row":2,"table":"tables\.people","reason":"keepInTouchDays: .*"key":"ben"/,
      ),
    ]);
    expect(await ids()).toBe('');
    expect(reload).not.toHaveBeenCalled();
  });
});
