// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSyncConfig } from '../../data/sync-config-state';
import { HallwayDatabase } from '../../db/database';
import { SyncApiRefusal, SyncApiUnreachable } from '../../sync/sync-api-client';
import { useSyncStore } from '../../sync/sync-store';
import { BOOK_CLUB, fakeSyncApi, grantAnswer, PAIRED, renderSync } from './sync-test-support';

let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`sync-unpaired-${crypto.randomUUID()}`);
  await db.open();
  useSyncStore.setState({ config: undefined, status: { kind: 'off' } });
});

afterEach(async () => {
  cleanup();
  useSyncStore.setState({ config: undefined, status: { kind: 'off' } });
  await db.delete();
});

/** Waits for the device name's default, which comes from the platform's app info. */
async function deviceNameReady() {
  const deviceName = await screen.findByLabelText<HTMLInputElement>('Device name');
  await waitFor(() => expect(deviceName.value).toMatch(/^My /));
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) {
    const field = await screen.findByLabelText(label);
    await user.clear(field);
    if (value) await user.type(field, value);
  }
}

describe('Settings → Sync, unpaired', () => {
  it('pairs this device: allows the origin first, then saves the config the session starts on', async () => {
    const user = userEvent.setup();
    const api = fakeSyncApi();
    api.pair.mockResolvedValue(grantAnswer({ token: 'paired-token' }));
    const { allowSyncOrigin, origins } = renderSync(db, { api });
    await deviceNameReady();
    await fillIn(user, {
      'Server URL': 'ws://localhost:1234',
      'Device name': 'Laptop',
      'Pairing code': 'abcd-efgh',
    });
    await user.click(screen.getByRole('button', { name: 'Pair this device' }));

    expect(await screen.findByRole('checkbox', { name: 'Sync this device' })).toHaveProperty(
      'checked',
      true,
    );
    expect(api.pair).toHaveBeenCalledWith({ code: 'abcd-efgh', deviceName: 'Laptop' });
    expect(allowSyncOrigin).toHaveBeenCalledWith('ws://localhost:1234');
    expect(allowSyncOrigin.mock.invocationCallOrder[0]).toBeLessThan(
      api.pair.mock.invocationCallOrder[0]!,
    );
    expect(origins[0]).toBe('http://localhost:1234');
    const saved = { ...PAIRED, token: 'paired-token' };
    expect(await readSyncConfig(db)).toEqual(saved);
    expect(useSyncStore.getState().config).toEqual(saved);
  });

  it('pairs with the keyboard alone: Tab through the fields, Enter to pair', async () => {
    const user = userEvent.setup();
    const api = fakeSyncApi();
    api.pair.mockResolvedValue(grantAnswer());
    api.refreshToken.mockResolvedValue(grantAnswer());
    renderSync(db, { api });
    await deviceNameReady();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId('sync-status'));
    await user.tab();
    await user.keyboard('wss://sync.example.com');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Device name'));
    await user.tab();
    await user.keyboard('ABCD-EFGH{Enter}');
    expect(await screen.findByRole('checkbox', { name: 'Sync this device' })).toBeTruthy();
    expect(api.pair).toHaveBeenCalledWith({ code: 'ABCD-EFGH', deviceName: expect.any(String) });
  });

  it('says why pairing failed: a plain ws:// elsewhere, a refused code, an unreachable server', async () => {
    const user = userEvent.setup();
    const api = fakeSyncApi();
    const { allowSyncOrigin } = renderSync(db, { api });
    await deviceNameReady();
    await fillIn(user, { 'Server URL': 'ws://sync.example.com', 'Pairing code': 'ABCD-EFGH' });
    await user.click(screen.getByRole('button', { name: 'Pair this device' }));
    const url = screen.getByLabelText('Server URL');
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/starting with wss:\/\/ \(plain ws:\/\/ only works/)).toBeTruthy();
    expect(allowSyncOrigin).not.toHaveBeenCalled();

    api.pair.mockRejectedValueOnce(new SyncApiRefusal(403, 'expired-code'));
    await fillIn(user, { 'Server URL': 'wss://sync.example.com' });
    await user.click(screen.getByRole('button', { name: 'Pair this device' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This code has expired: make a new one.',
    );

    api.pair.mockRejectedValueOnce(new SyncApiUnreachable('https://sync.example.com'));
    await user.click(screen.getByRole('button', { name: 'Pair this device' }));
    expect(
      await screen.findByText('Cannot reach the sync server at https://sync.example.com.'),
    ).toBeTruthy();
    expect(await readSyncConfig(db)).toBeNull();
    expect(useSyncStore.getState().config).toBeNull();
  });

  it('joins a shared space with an invitation code and no pairing: only that space is synced', async () => {
    const user = userEvent.setup();
    const api = fakeSyncApi();
    const shared = {
      spaceId: BOOK_CLUB,
      role: 'organizer' as const,
      kind: 'shared' as const,
      series: 'Book club',
    };
    const joined = grantAnswer({
      userId: 'aiko',
      deviceId: 'aiko-laptop',
      personalSpaceId: null,
      spaces: [shared],
    });
    api.redeemInvite.mockResolvedValue(joined);
    api.refreshToken.mockResolvedValue(joined);
    renderSync(db, { api });
    await fillIn(user, { 'Server URL': 'wss://sync.example.com', 'Device name': 'Aiko laptop' });
    await fillIn(user, { 'Invitation code': 'JKMN PQRS' });
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('button', { name: 'Leave Book club' })).toBeTruthy();
    expect(api.redeemInvite).toHaveBeenCalledWith({ code: 'JKMN PQRS', deviceName: 'Aiko laptop' });
    expect(await readSyncConfig(db)).toMatchObject({
      serverUrl: 'wss://sync.example.com',
      userId: 'aiko',
      deviceId: 'aiko-laptop',
      spaces: [shared],
    });
    expect(screen.queryByText('All your data')).toBeNull();
  });

  it('speaks Japanese, the server refusal included', async () => {
    const user = userEvent.setup();
    const api = fakeSyncApi();
    api.pair.mockRejectedValue(new SyncApiRefusal(403, 'unknown-code'));
    renderSync(db, { api, language: 'ja' });
    expect(await screen.findByRole('heading', { name: '同期' })).toBeTruthy();
    const deviceName = await screen.findByLabelText<HTMLInputElement>('端末名');
    await waitFor(() => expect(deviceName.value).toMatch(/^自分の/));
    await user.type(screen.getByLabelText('サーバー URL'), 'wss://sync.example.com');
    await user.type(screen.getByLabelText('ペアリングコード'), 'ABCD-EFGH');
    await user.click(screen.getByRole('button', { name: 'この端末をペアリング' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^このコードは無効です/);
  });
});
