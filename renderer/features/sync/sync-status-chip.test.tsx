// @vitest-environment happy-dom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import type { SyncStatus } from '../../sync/sync-status';
import { useSyncStore } from '../../sync/sync-store';
import { PAIRED, renderSync } from './sync-test-support';

let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`sync-status-${crypto.randomUUID()}`);
  await db.open();
  useSyncStore.setState({ config: PAIRED, status: { kind: 'off' } });
});

afterEach(async () => {
  cleanup();
  useSyncStore.setState({ config: undefined, status: { kind: 'off' } });
  await db.delete();
});

const chip = () => screen.getByTestId('sync-status');
const show = (status: SyncStatus) => act(() => useSyncStore.getState().setStatus(status));

describe('the header sync status', () => {
  it('says each state in words, with what waits and why sync stopped', async () => {
    renderSync(db, { path: '/' });
    await screen.findByTestId('sync-status');
    const seen: [string | null, string | null][] = [];
    const record = () => seen.push([chip().getAttribute('data-sync-state'), chip().textContent]);
    record();
    show({ kind: 'connecting' });
    record();
    show({ kind: 'syncing', pending: 4 });
    record();
    show({ kind: 'upToDate', at: Date.now() });
    record();
    show({ kind: 'offline', since: new Date(2026, 11, 7, 14, 5).getTime(), pending: 3 });
    seen.push([chip().getAttribute('data-sync-state'), chip().textContent]);
    show({ kind: 'error', reason: 'device-revoked' });
    record();
    show({ kind: 'error', reason: 'disk-on-fire' });
    record();

    expect(seen).toEqual([
      ['off', 'Sync off'],
      ['connecting', 'Connecting…'],
      ['syncing', 'Syncing · 4 waiting'],
      ['upToDate', 'Up to date'],
      ['offline', expect.stringMatching(/^Offline since (Dec 7, )?14:05 · 3 waiting$/)],
      ['error', 'Sync stopped: This device was revoked: pair it again to sync.'],
      ['error', 'Sync stopped: The sync server refused (disk-on-fire).'],
    ]);
  });

  it('opens Settings → Sync when clicked, which shows the same status and reason', async () => {
    const user = userEvent.setup();
    renderSync(db, { path: '/' });
    show({ kind: 'error', reason: 'grant-withdrawn' });
    await user.click(await screen.findByTestId('sync-status'));
    const heading = await screen.findByRole('heading', { name: 'Sync', level: 2 });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('status').textContent).toBe(
      'Status: Sync stopped: You no longer have access to a shared space.',
    );
  });

  it('shows the first sync as a progress bar under the header, and only in Settings there', async () => {
    renderSync(db, { path: '/' });
    await screen.findByTestId('sync-status');
    expect(screen.queryByRole('progressbar')).toBeNull();
    show({ kind: 'syncing', pending: 0, firstSync: { done: 53, total: 214 } });
    const bar = screen.getByRole('progressbar', { name: 'First sync' });
    expect(bar.getAttribute('aria-valuenow')).toBe('53');
    expect(bar.getAttribute('aria-valuemax')).toBe('214');
    expect(bar.getAttribute('aria-valuetext')).toBe('First sync: 53 of 214 documents');
    show({ kind: 'upToDate', at: Date.now() });
    expect(screen.queryByRole('progressbar')).toBeNull();
    cleanup();

    renderSync(db, { path: '/settings' });
    show({ kind: 'syncing', pending: 0, firstSync: { done: 1, total: 214 } });
    const section = (await screen.findByRole('heading', { name: 'Sync' })).closest('section')!;
    expect(screen.getAllByRole('progressbar', { name: 'First sync' })).toEqual([
      within(section).getByRole('progressbar'),
    ]);
  });

  it('speaks Japanese', async () => {
    renderSync(db, { path: '/', language: 'ja' });
    show({ kind: 'offline', since: Date.now(), pending: 2 });
    expect((await screen.findByTestId('sync-status')).textContent).toMatch(
      /^\d\d:\d\d からオフライン · 送信待ち 2 件$/,
    );
  });
});
