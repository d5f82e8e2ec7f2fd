// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { personFixture } from '../../shared/domain/person-fixture';
import type { Platform, SaveFileRequest } from '../../shared/platform/platform';
import { createBackupJson } from '../features/backup/create-backup';
import { DEFAULT_DATABASE_NAME, HallwayDatabase } from '../db/database';
import { migrations } from '../db/migrations';
import { createI18n } from '../i18n/create-i18n';
import { createWebPlatform } from '../platform/web';
import { BootErrorScreen } from './boot-error-screen';

const names: string[] = [];
afterEach(async () => {
  cleanup();
  sessionStorage.clear();
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** A database at schema version 10 holding one person: what a failed upgrade leaves. */
async function storedDatabase(name = `boot-error-${crypto.randomUUID()}`) {
  names.push(name);
  const db = new HallwayDatabase(name, migrations.slice(0, 10));
  await db.open();
  await db.people.add(personFixture({ id: 'stuck', displayName: 'Stuck Person' }));
  db.close();
  return name;
}

async function backupOf(...people: string[]) {
  const source = new HallwayDatabase(DEFAULT_DATABASE_NAME);
  await source.open();
  await source.people.bulkAdd(people.map((id) => personFixture({ id, displayName: id })));
  const json = await createBackupJson(source);
  await source.delete();
  return json;
}

function renderScreen(platform: Platform, databaseName: string) {
  const reload = vi.fn();
  render(
    <BootErrorScreen
      i18n={createI18n('en')}
      failure="generic"
      error={new Error('UpgradeError: the upgrade failed')}
      platform={platform}
      databaseName={databaseName}
      onShown={vi.fn()}
      reload={reload}
    />,
  );
  return { reload };
}

describe('BootErrorScreen', () => {
  it('saves every object store of the stored database to a file', async () => {
    const name = await storedDatabase();
    const saveFile = vi.fn(async (_request: SaveFileRequest) => ({
      saved: true as const,
      location: '/home/me/raw.json',
    }));
    renderScreen({ ...createWebPlatform(), saveFile }, name);

    await userEvent.click(screen.getByRole('button', { name: 'Save the raw data to a file' }));

    expect(await screen.findByText('Raw data saved: /home/me/raw.json')).toBeTruthy();
    const request = saveFile.mock.calls[0]![0];
    expect(request.suggestedName).toMatch(/^hallway-raw-data-.*\.json$/);
    const dump = JSON.parse(request.data as string) as {
      indexedDbVersion: number;
      stores: Record<string, { keyPath: unknown; rows: { id?: string }[] }>;
    };
    expect(dump.indexedDbVersion).toBe(100);
    expect(dump.stores.people).toEqual({
      keyPath: 'id',
      rows: [expect.objectContaining({ id: 'stuck', displayName: 'Stuck Person' })],
    });
    expect(Object.keys(dump.stores)).toEqual(expect.arrayContaining(['events', 'settings']));
  });

  it('restores a backup over the data it could not open, after asking, then reloads', async () => {
    const json = await backupOf('aiko', 'ben');
    const name = await storedDatabase(DEFAULT_DATABASE_NAME);
    const openFile = vi.fn(async () => ({
      opened: true as const,
      name: 'good.json',
      bytes: new TextEncoder().encode(json),
    }));
    const { reload } = renderScreen({ ...createWebPlatform(), openFile }, name);

    await userEvent.click(screen.getByRole('button', { name: 'Restore a backup…' }));
    const confirm = await screen.findByRole('group', { name: 'Replace the data' });
    expect(confirm.textContent).toMatch(/with the file good\.json \(2 people\)/);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Replace the data' }));

    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    const restored = new HallwayDatabase(name);
    await restored.open();
    expect(await restored.people.toCollection().primaryKeys()).toEqual(['aiko', 'ben']);
    restored.close();
  });

  it('refuses a bad backup naming the row, and leaves the stored data as it was', async () => {
    const file = JSON.parse(await backupOf('aiko')) as {
      data: { data: { tableName: string; rows: Record<string, unknown>[] }[] };
    };
    const name = await storedDatabase(DEFAULT_DATABASE_NAME);
    file.data.data.find((table) => table.tableName === 'people')!.rows[0]!.keepInTouchDays =
      'often';
    const openFile = vi.fn(async () => ({
      opened: true as const,
      name: 'bad.json',
      bytes: new TextEncoder().encode(JSON.stringify(file)),
    }));
    const { reload } = renderScreen({ ...createWebPlatform(), openFile }, name);

    await userEvent.click(screen.getByRole('button', { name: 'Restore a backup…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Replace the data' }));

    expect((await screen.findByText(/row 1 of people/)).textContent).toMatch(
      /“aiko”.*keepInTouchDays/,
    );
    expect(reload).not.toHaveBeenCalled();
    const stored = new Dexie(name);
    await stored.open();
    expect(stored.verno).toBe(10);
    expect(await stored.table('people').toCollection().primaryKeys()).toEqual(['stuck']);
    stored.close();
  });
});
