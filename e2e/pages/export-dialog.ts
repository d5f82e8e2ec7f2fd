// The export dialog (File → Export…, the palette, the People toolbar's "Export…"): what to export,
// which people, the format, Excel-safe; export returns the downloaded file's bytes.
import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export type ExportTableLabel =
  | 'People'
  | 'Events'
  | 'Interactions'
  | 'Introductions'
  | 'Follow-ups'
  | 'Volunteer shifts'
  | 'Relationships';

export class ExportDialog {
  readonly dialog: Locator;
  readonly excelSafe: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export' });
    this.excelSafe = this.dialog.getByRole('checkbox', { name: /^Excel-safe/ });
  }

  /** Opens it from the People screen's toolbar. */
  async openFromPeopleToolbar(): Promise<void> {
    await this.page.getByRole('button', { name: 'Export the people in the list' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async chooseTable(label: ExportTableLabel): Promise<void> {
    await this.dialog.getByRole('radio', { name: new RegExp(`^${label}( \\(|$)`) }).check();
  }

  async chooseListAsFiltered(): Promise<void> {
    await this.dialog.getByRole('radio', { name: /^The people in the list/ }).check();
  }

  async chooseVCard(): Promise<void> {
    await this.dialog.getByRole('radio', { name: /^vCard 4\.0/ }).check();
  }

  /** Exports and returns the downloaded file: its suggested name and its bytes. */
  async export(): Promise<{ name: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    const bytes = await readFile(await file.path());
    await expect(this.dialog).toBeHidden();
    return { name: file.suggestedFilename(), bytes };
  }
}
