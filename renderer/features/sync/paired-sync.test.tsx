// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSyncConfig, writeSyncConfig } from '../../data/sync-config-state';
import { createEvent } from '../../data/writes/events-writes';
import { HallwayDatabase } from '../../db/database';
import { useSyncStore } from '../../sync/sync-store';
import {
  BOOK_CLUB,
  fakeSyncApi,
  grantAnswer,
  PAIRED,
  PERSONAL,
  renderSync,
} from './sync-test-support';

let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`sync-paired-${crypto.randomUUID()}`);
  await db.open();
  await writeSyncConfig(db, PAIRED);
  useSyncStore.setState({ config: PAIRED, status: { kind: 'upToDate', at: Date.now() } });
});

afterEach(async () => {
  cleanup();
  useSyncStore.setState({ config: undefined, status: { kind: 'off' } });
  await db.delete();
});

const personalOnly = [PAIRED.spaces[0]!];

/** What the device keeps for a space while it syncs it: a saved document and a row's record. */
async function keepSyncData(spaceId: string) {
  await db.syncDocuments.put({ name: `space:${spaceId}/people/0`, state: new Uint8Array([1]) });
  await db.syncRows.put({ key: `${spaceId}|people|p1`, entry: { v: {}, s: '1.0.laptop' } });
}

const keptSpaces = async () => ({
  documents: (await db.syncDocuments.toArray()).map(({ name }) => name.split('/')[0]),
  rows: (await db.syncRows.toArray()).map(({ key }) => key.split('|')[0]),
});

describe('Settings → Sync, paired', () => {
  it('turns sync off and on for this device, keeping the pairing', async () => {
    const user = userEvent.setup();
    renderSync(db);
    const enabled = await screen.findByRole('checkbox', { name: 'Sync this device' });
    await user.click(enabled);
    await waitFor(() => expect(useSyncStore.getState().config?.enabled).toBe(false));
    expect(await readSyncConfig(db)).toEqual({ ...PAIRED, enabled: false });
    await user.keyboard(' ');
    await waitFor(() => expect(useSyncStore.getState().config?.enabled).toBe(true));
  });

  it('pairs another device with a code shown as text and as a QR code', async () => {
    const user = userEvent.setup();
    const { api } = renderSync(db);
    await user.click(await screen.findByRole('button', { name: 'Pair another device' }));
    expect((await screen.findByTestId('pairing-code')).textContent).toBe('ABCD-EFGH');
    const qr = await screen.findByRole('img', { name: 'QR code for pairing code ABCD-EFGH' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(api.issuePairingCode).toHaveBeenCalledWith('token-1');
  });

  it('revokes another device after a confirmation (Escape keeps it), never this one', async () => {
    const user = userEvent.setup();
    const { api } = renderSync(db);
    const devices = await screen.findByTestId('sync-devices');
    const items = await within(devices).findAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.sync-list__name')?.textContent)).toEqual([
      'Laptop (this device)',
      'Desktop',
    ]);
    expect(within(items[0]!).queryByRole('button')).toBeNull();

    await user.click(within(devices).getByRole('button', { name: 'Revoke Desktop' }));
    expect(screen.getByRole('alertdialog', { name: 'Revoke Desktop?' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.revokeDevice).not.toHaveBeenCalled();

    api.listDevices.mockResolvedValue([
      { deviceId: 'laptop', name: 'Laptop', pairedAt: Date.now(), revoked: false },
      { deviceId: 'desktop', name: 'Desktop', pairedAt: Date.now(), revoked: true },
    ]);
    await user.click(within(devices).getByRole('button', { name: 'Revoke Desktop' }));
    await user.click(screen.getByRole('button', { name: 'Revoke' }));
    expect(await within(devices).findByText('Desktop (revoked)')).toBeTruthy();
    expect(api.revokeDevice).toHaveBeenCalledWith('token-1', 'desktop');
    expect(within(devices).queryByRole('button', { name: 'Revoke Desktop' })).toBeNull();
  });

  it('lists a device paired elsewhere once the window comes back into focus', async () => {
    const { api } = renderSync(db);
    const devices = await screen.findByTestId('sync-devices');
    expect(await within(devices).findAllByRole('listitem')).toHaveLength(2);
    api.listDevices.mockResolvedValue([
      { deviceId: 'laptop', name: 'Laptop', pairedAt: Date.now(), revoked: false },
      { deviceId: 'desktop', name: 'Desktop', pairedAt: Date.now(), revoked: false },
      { deviceId: 'phone', name: 'Phone', pairedAt: Date.now(), revoked: false },
    ]);
    act(() => void window.dispatchEvent(new Event('focus')));
    expect(await within(devices).findByRole('button', { name: 'Revoke Phone' })).toBeTruthy();
  });

  it('lists the personal space as all your data and a shared one by its series, with its members', async () => {
    const user = userEvent.setup();
    const { api } = renderSync(db);
    const spaces = await screen.findByTestId('sync-spaces');
    const [personal, shared] = within(spaces).getAllByRole('listitem', { name: undefined });
    expect(personal!.textContent).toContain('All your data');
    expect(shared!.textContent).toContain('Book club');
    const members = await within(spaces).findByRole('list', { name: 'Members' });
    expect(
      within(members)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['You (Organizer)', "Aiko's phone (Viewer)Remove Aiko's phone"]);
    api.listMembers.mockResolvedValue([
      { userId: 'owner', role: 'organizer', deviceNames: ['Laptop'] },
    ]);
    await user.click(within(members).getByRole('button', { name: "Remove Aiko's phone" }));
    await waitFor(() => expect(within(members).getAllByRole('listitem')).toHaveLength(1));
    expect(api.removeMember).toHaveBeenCalledWith('token-1', BOOK_CLUB, 'aiko');
  });

  it('invites to a series with a role: the code and its QR code, valid for 7 days', async () => {
    const user = userEvent.setup();
    const { api } = renderSync(db);
    await user.click(await screen.findByRole('button', { name: 'Invite to Book club' }));
    const dialog = screen.getByRole('dialog', { name: 'Invite to Book club' });
    const role = within(dialog).getByRole('combobox', { name: 'Role' });
    expect(document.activeElement).toBe(role);
    expect(
      within(role)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Organizer', 'Viewer']);
    await user.selectOptions(role, 'Organizer');
    await user.click(within(dialog).getByRole('button', { name: 'Create invitation' }));
    expect((await within(dialog).findByTestId('invite-code')).textContent).toBe('JKMN-PQRS');
    expect(
      await within(dialog).findByRole('img', { name: 'QR code for invitation code JKMN-PQRS' }),
    ).toBeTruthy();
    expect(api.createInvite).toHaveBeenCalledWith('token-1', BOOK_CLUB, 'organizer');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps Tab inside a dialog opened with the keyboard, and Escape gives focus back', async () => {
    const user = userEvent.setup();
    renderSync(db);
    const invite = await screen.findByRole('button', { name: 'Invite to Book club' });
    invite.focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Invite to Book club' });
    for (let step = 0; step < 5; step += 1) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(invite);
  });

  it('leaves a series after a confirmation and saves the fresh token without it', async () => {
    const user = userEvent.setup();
    await keepSyncData(PERSONAL);
    await keepSyncData(BOOK_CLUB);
    const { api } = renderSync(db);
    api.leaveSpace.mockResolvedValue({ token: 'after-leave' });
    await user.click(await screen.findByRole('button', { name: 'Leave Book club' }));
    api.refreshToken.mockResolvedValue(grantAnswer({ token: 'fresh', spaces: personalOnly }));
    await user.click(screen.getByRole('button', { name: 'Leave' }));

    await waitFor(() => expect(useSyncStore.getState().config?.spaces).toEqual(personalOnly));
    expect(api.leaveSpace).toHaveBeenCalledWith('token-1', BOOK_CLUB);
    expect(api.refreshToken).toHaveBeenLastCalledWith('after-leave');
    expect(await readSyncConfig(db)).toEqual({ ...PAIRED, token: 'fresh', spaces: personalOnly });
    expect(screen.queryByRole('button', { name: 'Leave Book club' })).toBeNull();
    await waitFor(async () =>
      expect(await keptSpaces()).toEqual({
        documents: [`space:${PERSONAL}`],
        rows: [PERSONAL],
      }),
    );
  });

  it('shares a series of this device’s events and adds its space with a fresh token', async () => {
    const user = userEvent.setup();
    const paired = { ...PAIRED, spaces: personalOnly };
    await writeSyncConfig(db, paired);
    useSyncStore.setState({ config: paired });
    const api = fakeSyncApi();
    api.refreshToken.mockResolvedValue(grantAnswer({ token: 'token-1', spaces: personalOnly }));
    renderSync(db, { api });
    await createEvent(db, { name: 'Go night #4', series: 'Go night', startsAt: Date.now() });
    await createEvent(db, { name: 'Book club #9', series: 'Book club', startsAt: Date.now() });
    const shared = {
      spaceId: BOOK_CLUB,
      role: 'organizer' as const,
      kind: 'shared' as const,
      series: 'Book club',
    };
    api.createSpace.mockResolvedValue({ spaceId: BOOK_CLUB, token: 'with-space' });

    await user.click(await screen.findByRole('button', { name: 'Share a series…' }));
    const dialog = screen.getByRole('dialog', { name: 'Share a series' });
    const series = await within(dialog).findByRole('combobox', { name: 'Series' });
    await user.selectOptions(series, 'Book club');
    api.refreshToken.mockResolvedValue(
      grantAnswer({ token: 'fresh', spaces: [PAIRED.spaces[0]!, shared] }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Share' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.createSpace).toHaveBeenCalledWith('token-1', 'Book club');
    expect(api.refreshToken).toHaveBeenLastCalledWith('with-space');
    expect(useSyncStore.getState().config).toEqual({
      ...PAIRED,
      token: 'fresh',
      spaces: [{ spaceId: PERSONAL, role: 'organizer', kind: 'personal', series: null }, shared],
    });
    expect(await screen.findByRole('button', { name: 'Leave Book club' })).toBeTruthy();
  });

  it('joins one more shared space by invitation, as this user (with its token)', async () => {
    const user = userEvent.setup();
    const paired = { ...PAIRED, spaces: personalOnly };
    await writeSyncConfig(db, paired);
    useSyncStore.setState({ config: paired });
    const api = fakeSyncApi();
    api.refreshToken.mockResolvedValue(grantAnswer({ token: 'token-1', spaces: personalOnly }));
    api.redeemInvite.mockResolvedValue(grantAnswer({ token: 'joined' }));
    renderSync(db, { api });
    await user.click(await screen.findByRole('button', { name: 'Join a shared space' }));
    expect(screen.getByText('Enter the code.')).toBeTruthy();
    await user.type(screen.getByLabelText('Invitation code'), 'JKMN-PQRS{Enter}');
    expect(await screen.findByRole('button', { name: 'Leave Book club' })).toBeTruthy();
    expect(api.redeemInvite).toHaveBeenCalledWith({
      code: 'JKMN-PQRS',
      deviceName: 'Laptop',
      token: 'token-1',
    });
    expect(await readSyncConfig(db)).toEqual({ ...PAIRED, token: 'joined' });
  });

  it('forgets the server after a confirmation: unpaired again', async () => {
    const user = userEvent.setup();
    await keepSyncData(PERSONAL);
    await keepSyncData(BOOK_CLUB);
    const { allowSyncOrigin } = renderSync(db);
    await user.click(await screen.findByRole('button', { name: 'Forget this server' }));
    await user.click(screen.getByRole('button', { name: 'Forget' }));
    expect(await screen.findByRole('button', { name: 'Pair this device' })).toBeTruthy();
    await waitFor(() => expect(allowSyncOrigin).toHaveBeenLastCalledWith(null));
    expect(useSyncStore.getState().config).toBeNull();
    expect(await readSyncConfig(db)).toBeNull();
    await waitFor(async () => expect(await keptSpaces()).toEqual({ documents: [], rows: [] }));
  });

  it('picks up a space shared from another device when it opens', async () => {
    const paired = { ...PAIRED, spaces: personalOnly };
    await writeSyncConfig(db, paired);
    useSyncStore.setState({ config: paired });
    const api = fakeSyncApi();
    api.refreshToken.mockResolvedValue(grantAnswer({ token: 'newer' }));
    renderSync(db, { api });
    expect(await screen.findByRole('button', { name: 'Leave Book club' })).toBeTruthy();
    expect(await readSyncConfig(db)).toEqual({ ...PAIRED, token: 'newer' });
  });
});
