// Settings → Sync and the header's sync status, by the labels and test ids of the UI contract
// (docs/sync.md; the brief's "UI contract"): pairing, another device's code, joining by
// invitation, sharing a series, invitations with a role, revoking, leaving and turning sync off.
// Every step waits on what the screen shows next, never on time.
import { expect, type Locator, type Page } from '@playwright/test';

export type SyncStateKind = 'off' | 'connecting' | 'syncing' | 'upToDate' | 'offline' | 'error';
export type SpaceRoleLabel = 'Organizer' | 'Viewer';

export interface PairingDetails {
  serverUrl: string;
  deviceName: string;
  code: string;
}

export class SyncSettingsPage {
  readonly heading: Locator;
  readonly serverUrl: Locator;
  readonly deviceName: Locator;
  readonly pairingCodeField: Locator;
  readonly pairButton: Locator;
  readonly invitationCodeField: Locator;
  readonly joinButton: Locator;
  readonly syncThisDevice: Locator;
  readonly devices: Locator;
  readonly spaces: Locator;
  /** The header's status: data-sync-state is the status kind, its text the readable status. */
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Sync', exact: true });
    this.serverUrl = page.getByLabel('Server URL', { exact: true });
    this.deviceName = page.getByLabel('Device name', { exact: true });
    this.pairingCodeField = page.getByLabel('Pairing code', { exact: true });
    this.pairButton = page.getByRole('button', { name: 'Pair this device' });
    this.invitationCodeField = page.getByLabel('Invitation code', { exact: true });
    this.joinButton = page.getByRole('button', { name: 'Join a shared space' });
    this.syncThisDevice = page.getByRole('checkbox', { name: 'Sync this device' });
    this.devices = page.getByTestId('sync-devices');
    this.spaces = page.getByTestId('sync-spaces');
    this.status = page.getByTestId('sync-status');
  }

  /** Opens Settings from the navigation and waits for its Sync section. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /^Settings/ })
      .click();
    await expect(this.heading).toBeVisible();
  }

  /** Pairs this (unpaired) device with a pairing code; done once sync is on. */
  async pair({ serverUrl, deviceName, code }: PairingDetails): Promise<void> {
    await this.serverUrl.fill(serverUrl);
    await this.deviceName.fill(deviceName);
    await this.pairingCodeField.fill(code);
    await this.pairButton.click();
    await expect(this.syncThisDevice).toBeChecked();
  }

  /** Joins a shared space with an invitation code, as a device with no pairing of its own. */
  async joinByInvitation({ serverUrl, deviceName, code }: PairingDetails): Promise<void> {
    await this.serverUrl.fill(serverUrl);
    await this.deviceName.fill(deviceName);
    await this.invitationCodeField.fill(code);
    await this.joinButton.click();
    await expect(this.syncThisDevice).toBeChecked();
  }

  /** "Pair another device": the code it shows (with its QR image) for the user's next device. */
  async codeForAnotherDevice(): Promise<string> {
    await this.page.getByRole('button', { name: 'Pair another device' }).click();
    const code = this.page.getByTestId('pairing-code');
    await expect(code).toHaveText(/\S/);
    await expect(this.page.getByRole('img', { name: /^QR code/ })).toBeVisible();
    return (await code.innerText()).trim();
  }

  device(name: string): Locator {
    return this.devices.getByRole('listitem').filter({ hasText: name });
  }

  /** Revokes one of this user's devices (confirmed); done once it leaves the list. */
  async revoke(deviceName: string): Promise<void> {
    // The list is read when Settings opens: reopened, it holds devices paired since.
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /^People/ })
      .click();
    await this.open();
    await this.devices.getByRole('button', { name: `Revoke ${deviceName}` }).click();
    await this.confirm('Revoke');
    await expect(this.devices.getByRole('button', { name: `Revoke ${deviceName}` })).toHaveCount(0);
  }

  space(series: string): Locator {
    return this.spaces.getByRole('listitem').filter({ hasText: series });
  }

  /** Shares an event series as a new shared space; done once the space is listed. */
  async shareSeries(series: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Share a series…' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Series', { exact: true }).selectOption(series);
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(this.spaces.getByRole('button', { name: `Invite to ${series}` })).toBeVisible();
  }

  /** An invitation code to the series' space for a role. */
  async invite(series: string, role: SpaceRoleLabel): Promise<string> {
    await this.spaces.getByRole('button', { name: `Invite to ${series}` }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Role', { exact: true }).selectOption({ label: role });
    await dialog.getByRole('button', { name: 'Create invitation' }).click();
    const code = this.page.getByTestId('invite-code');
    await expect(code).toHaveText(/\S/);
    const text = (await code.innerText()).trim();
    await this.page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    return text;
  }

  /** Leaves a shared space (confirmed); done once it leaves the list. */
  async leave(series: string): Promise<void> {
    await this.spaces.getByRole('button', { name: `Leave ${series}` }).click();
    await this.confirm('Leave');
    await expect(this.spaces.getByRole('button', { name: `Leave ${series}` })).toHaveCount(0);
  }

  /** The confirmation's button (an alert dialog). */
  private async confirm(label: string): Promise<void> {
    await this.page
      .getByRole('alertdialog')
      .getByRole('button', { name: label, exact: true })
      .click();
  }

  async setSyncEnabled(enabled: boolean): Promise<void> {
    await this.syncThisDevice.setChecked(enabled);
  }

  async expectState(kind: SyncStateKind): Promise<void> {
    await expect(this.status).toHaveAttribute('data-sync-state', kind);
  }
}
