// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo, Platform } from '../../../shared/platform/platform';
import { AppRoot } from '../../app/app-root';
import { useToastStore } from '../../app/toasts/toast-store';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { createWebPlatform } from '../../platform/web';
import { useBackupStore } from './backup-store';

const DAY = 24 * 60 * 60 * 1000;
const newest = Date.now() - 2 * 60 * 60 * 1000;
const BACKUPS: BackupInfo[] = [
  {
    fileName: 'hallway-backup-newest.json',
    createdAt: newest,
    sizeBytes: 2_500_000,
    kind: 'daily',
  },
  {
    fileName: 'hallway-backup-safety-before-restore.json',
    createdAt: newest - 3 * DAY,
    sizeBytes: 1_000_000,
    kind: 'before-restore',
  },
  {
    fileName: 'hallway-backup-older.json',
    createdAt: newest - 9 * DAY,
    sizeBytes: 800_000,
    kind: 'weekly',
  },
];

let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`backup-section-${crypto.randomUUID()}`);
  await db.open();
  window.location.hash = '#/settings';
});

afterEach(async () => {
  cleanup();
  useToastStore.setState({ toasts: [] });
  useBackupStore.setState({ restore: { phase: 'idle' } });
  await db.delete();
});

function desktopPlatform(overrides: Partial<Platform>): Platform {
  return {
    ...createWebPlatform(),
    kind: 'desktop',
    listBackups: async () => BACKUPS,
    ...overrides,
  };
}

function renderApp(platform: Platform) {
  render(<AppRoot db={db} platform={platform} i18n={createI18n('en')} onReady={vi.fn()} />);
}

describe('Settings → Backup and restore', () => {
  it('on the desktop lists the backups with size and kind; Show in folder and Restore use the file', async () => {
    const showBackupInFolder = vi.fn(async () => {});
    const readBackup = vi.fn(async () => '{"contacts":[]}');
    const writeBackup = vi.fn(async () => ({ saved: true as const, location: 'x' }));
    const user = userEvent.setup();
    renderApp(desktopPlatform({ showBackupInFolder, readBackup, writeBackup }));

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/2\.4 MB.*Daily/),
      expect.stringMatching(/976\.6 KB.*Before a restore/),
      expect.stringMatching(/781\.3 KB.*Weekly/),
    ]);
    expect(screen.getByText(/copies saved before a restore.*are kept for 30 days/)).toBeTruthy();
    await user.click(within(rows[2]!).getByRole('button', { name: /^Show the backup of/ }));
    expect(showBackupInFolder).toHaveBeenCalledWith('hallway-backup-older.json');

    await user.click(within(rows[0]!).getByRole('button', { name: /^Restore the backup of/ }));
    // The restore's code loads when a restore starts (use-restore-flow).
    await waitFor(() => expect(readBackup).toHaveBeenCalledWith('hallway-backup-newest.json'));
    expect(
      await screen.findByText(/not a Hallway backup \(it comes from another app/),
    ).toBeTruthy();
    // The newest backup is two hours old: no automatic backup is due yet.
    expect(writeBackup).not.toHaveBeenCalled();
  });

  it('on the desktop takes the automatic backup at start when the newest automatic one is over a day old', async () => {
    const writeBackup = vi.fn(async () => ({ saved: true as const, location: 'x' }));
    renderApp(
      desktopPlatform({
        writeBackup,
        // A safety copy an hour ago does not stand in for the daily backup.
        listBackups: async () => [
          { ...BACKUPS[1]!, createdAt: Date.now() - 60 * 60 * 1000 },
          { ...BACKUPS[0]!, createdAt: Date.now() - 2 * DAY },
        ],
      }),
    );
    await vi.waitFor(() => expect(writeBackup).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(writeBackup).toHaveBeenCalledWith(expect.any(String), 'automatic');
  });

  it('on the web says backups are downloads and shows no list', async () => {
    renderApp(createWebPlatform());
    expect(await screen.findByText(/In the browser it is saved as a download/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
