// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { AppRoot } from '../../app/app-root';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { createWebPlatform } from '../../platform/web';
import { closeImport, useImportLaunchStore } from '../import/ui/import-launch-store';

let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`people-empty-${crypto.randomUUID()}`);
  await db.open();
  window.location.hash = '#/people';
});

afterEach(async () => {
  cleanup();
  closeImport();
  await db.delete();
});

it('offers to import contacts, load sample data or add a person when there is no one yet', async () => {
  render(
    <AppRoot db={db} platform={createWebPlatform()} i18n={createI18n('en')} onReady={vi.fn()} />,
  );
  await screen.findByRole('heading', { name: 'No people yet' });
  expect(screen.getByRole('button', { name: /sample data/i })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Add person' })).toBeTruthy();

  await userEvent.click(screen.getByRole('button', { name: 'Import contacts…' }));

  expect(useImportLaunchStore.getState().isOpen).toBe(true);
});
