// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../../../shared/platform/platform';
import { DatabaseContext } from '../../app/database-context';
import { PlatformContext } from '../../app/platform-context';
import {
  ensureBackupRecord,
  readBackupRecord,
  recordBackupWritten,
} from '../../data/backup-record';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { createWebPlatform } from '../../platform/web';
import { BackupReminder } from './backup-reminder';
import { StorageSafetyFacts } from './storage-safety-facts';
import {
  requestPersistentStorage,
  useStoragePersistenceStore,
  type PersistableStorage,
} from './storage-persistence';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 7, 9);
let db: HallwayDatabase;

beforeEach(() => {
  db = new HallwayDatabase(`storage-safety-${crypto.randomUUID()}`);
});
afterEach(async () => {
  cleanup();
  useStoragePersistenceStore.setState({ persistence: 'unknown' });
  await db.delete();
});

function renderWith(children: ReactNode, platform: Partial<Platform> = {}, language = 'en') {
  const writeBackup = vi.fn(async () => ({ saved: true as const, location: 'backup.json' }));
  render(
    <I18nextProvider i18n={createI18n(language as 'en' | 'ja')}>
      <DatabaseContext.Provider value={db}>
        <PlatformContext.Provider value={{ ...createWebPlatform(), writeBackup, ...platform }}>
          {children}
        </PlatformContext.Provider>
      </DatabaseContext.Provider>
    </I18nextProvider>,
  );
  return { writeBackup };
}

function storage(persisted: boolean, grants: boolean): PersistableStorage {
  return { persisted: vi.fn(async () => persisted), persist: vi.fn(async () => grants) };
}

describe('requestPersistentStorage', () => {
  it('asks for persistent storage unless it is already granted, and keeps the answer', async () => {
    const granted = storage(false, true);
    expect(await requestPersistentStorage(granted)).toBe('persistent');
    expect(granted.persist).toHaveBeenCalledOnce();
    const already = storage(true, false);
    expect(await requestPersistentStorage(already)).toBe('persistent');
    expect(already.persist).not.toHaveBeenCalled();
    expect(await requestPersistentStorage(storage(false, false))).toBe('best-effort');
    expect(useStoragePersistenceStore.getState().persistence).toBe('best-effort');
  });

  it('is unknown where the browser has no such API or refuses to say', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unknown');
    const failing = { persisted: async () => Promise.reject(new Error('no')), persist: vi.fn() };
    expect(await requestPersistentStorage(failing)).toBe('unknown');
  });
});

describe('the backup record', () => {
  it('starts counting at the first start only, and notes each backup', async () => {
    await ensureBackupRecord(db, NOW);
    await ensureBackupRecord(db, NOW + DAY);
    expect(await readBackupRecord(db)).toEqual({
      lastBackupAt: null,
      since: NOW,
      remindAfter: null,
    });
    await recordBackupWritten(db, NOW + 2 * DAY);
    expect(await readBackupRecord(db)).toMatchObject({ lastBackupAt: NOW + 2 * DAY, since: NOW });
  });
});

describe('StorageSafetyFacts in Settings', () => {
  it('says whether storage is persistent and when the last backup was made', async () => {
    await recordBackupWritten(db, NOW);
    act(() => useStoragePersistenceStore.setState({ persistence: 'best-effort' }));
    renderWith(<StorageSafetyFacts />);
    expect(await screen.findByText(/the browser may delete your data/)).toBeTruthy();
    expect(await screen.findByText(/December 7, 2026/)).toBeTruthy();
  });

  it('says so in Japanese, with no backup yet', async () => {
    await ensureBackupRecord(db, NOW);
    act(() => useStoragePersistenceStore.setState({ persistence: 'persistent' }));
    renderWith(<StorageSafetyFacts />, {}, 'ja');
    expect(await screen.findByText(/ブラウザーはデータを消しません/)).toBeTruthy();
    expect(await screen.findByText('このデバイスからはまだありません')).toBeTruthy();
  });
});

describe('BackupReminder on Today', () => {
  const reminder = () => screen.queryByRole('region', { name: 'Time for a backup' });

  it('reminds in the browser a week after the last backup, and Back up now backs up', async () => {
    await recordBackupWritten(db, NOW - 8 * DAY);
    const { writeBackup } = renderWith(<BackupReminder now={() => NOW} />);
    await waitFor(() => expect(reminder()).not.toBeNull());
    expect(reminder()?.textContent).toContain('Your last backup was 8 days ago.');
    await userEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(reminder()).toBeNull());
    expect(writeBackup).toHaveBeenCalledOnce();
    expect((await readBackupRecord(db))?.lastBackupAt).toBeGreaterThan(NOW - DAY);
  });

  it('stays quiet before a week, and on the desktop, which backs up every day', async () => {
    // The facts beside it show the record's date once the live query has read it.
    const shown = async (date: RegExp) => expect(await screen.findByText(date)).toBeTruthy();
    await recordBackupWritten(db, NOW - 6 * DAY);
    const both = (
      <>
        <BackupReminder now={() => NOW} />
        <StorageSafetyFacts />
      </>
    );
    renderWith(both);
    await shown(/December 1, 2026/);
    expect(reminder()).toBeNull();
    cleanup();
    await recordBackupWritten(db, NOW - 30 * DAY);
    renderWith(both, { kind: 'desktop' });
    await shown(/November 7, 2026/);
    expect(reminder()).toBeNull();
  });

  it('can be put off for a week', async () => {
    await ensureBackupRecord(db, NOW - 10 * DAY);
    let now = NOW;
    renderWith(<BackupReminder now={() => now} />);
    await waitFor(() => expect(reminder()).not.toBeNull());
    expect(reminder()?.textContent).toContain('You have not backed up in 10 days.');
    await userEvent.click(screen.getByRole('button', { name: 'Remind me in a week' }));
    await waitFor(() => expect(reminder()).toBeNull());
    expect((await readBackupRecord(db))?.remindAfter).toBe(NOW + 7 * DAY);
    now = NOW + 7 * DAY;
    cleanup();
    renderWith(<BackupReminder now={() => now} />);
    await waitFor(() => expect(reminder()).not.toBeNull());
  });
});
