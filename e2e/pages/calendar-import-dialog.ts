// "Import calendar…" on the Events screen: the dialog, the file given to its input, the preview's
// lists and the Import button.
import { expect, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

export const icsFixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/ics/${name}`, import.meta.url));

export class CalendarImportDialog {
  readonly dialog: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import a calendar file' });
    this.summary = this.dialog.getByRole('status');
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import calendar…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async chooseFile(path: string): Promise<void> {
    await this.dialog.getByLabel('Calendar file').setInputFiles(path);
  }

  list(name: RegExp): Locator {
    return this.dialog.getByRole('region', { name }).getByRole('listitem');
  }

  async importEvents(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^Import \d+ events?$/ }).click();
    await expect(this.dialog).toBeHidden();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
