// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoot } from '../../app/app-root';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { createWebPlatform } from '../../platform/web';
import { useBackupStore } from './backup-store';

let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`restore-dialogs-${crypto.randomUUID()}`);
  await db.open();
  window.location.hash = '#/settings';
});

afterEach(async () => {
  cleanup();
  useBackupStore.setState({ restore: { phase: 'idle' } });
  await db.delete();
});

describe('the restore confirmation', () => {
  it('counts the people People shows, and the trashed ones apart', async () => {
    render(
      <AppRoot db={db} platform={createWebPlatform()} i18n={createI18n('en')} onReady={vi.fn()} />,
    );
    await screen.findByRole('heading', { level: 1 });
    act(() =>
      useBackupStore.setState({
        restore: {
          phase: 'confirming',
          backup: { version: 1, tables: [] },
          source: 'the file backup.json',
          current: {
            people: 505,
            events: 3,
            interactions: 10,
            trashed: { people: 1, events: 0, interactions: 0 },
          },
          incoming: {
            people: 40,
            events: 2,
            interactions: 7,
            trashed: { people: 0, events: 1, interactions: 0 },
          },
        },
      }),
    );

    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain(
      '(people: 505 and 1 in the trash, events: 3, interactions: 10)',
    );
    expect(dialog.textContent).toContain('(people: 40, events: 2 and 1 in the trash,');
  });
});
