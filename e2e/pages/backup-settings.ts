// The Settings screen's "Backup and restore" section: Back up now (a download on the web), Restore
// from file… (the file chooser), the restore confirmation, and the toasts that report each step.
import { expect, type Locator, type Page } from '@playwright/test';

export interface BackupFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export class BackupSettings {
  readonly backUpNowButton: Locator;
  readonly restoreButton: Locator;
  readonly confirmation: Locator;
  readonly toasts: Locator;

  constructor(readonly page: Page) {
    this.backUpNowButton = page.getByRole('button', { name: 'Back up now' });
    this.restoreButton = page.getByRole('button', { name: 'Restore from file…' });
    this.confirmation = page.getByRole('alertdialog', {
      name: 'Replace all data with this backup?',
    });
    this.toasts = page.getByRole('status', { name: 'Notifications' });
  }

  /** Backs up and returns the downloaded backup file. */
  async backUpNow(): Promise<BackupFile> {
    const download = this.page.waitForEvent('download');
    await this.backUpNowButton.click();
    const file = await download;
    const { readFile } = await import('node:fs/promises');
    return {
      name: file.suggestedFilename(),
      mimeType: 'application/json',
      buffer: await readFile(await file.path()),
    };
  }

  /** Chooses `file` in the "Restore from file…" file chooser. */
  async chooseRestoreFile(file: BackupFile): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.restoreButton.click();
    await (await chooser).setFiles(file);
  }

  /** A restore ends with a reload; resolves once the reloaded app says what it restored. */
  async expectRestored(people: number): Promise<void> {
    await expect(this.toasts.getByText(`Backup restored: ${people} people.`)).toBeVisible({
      timeout: 30_000,
    });
    await expect(this.page.locator('#root[data-app-state="ready"]')).toBeAttached();
  }
}
