// The import dialog (Settings → Import, the palette, a file dropped on the window): choosing or
// dropping a file, the mapping step, the preview with its counts and decisions, the result.
import { expect, type Locator, type Page } from '@playwright/test';

const READ_TIMEOUT_MS = 20_000;

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export class ImportDialog {
  readonly dialog: Locator;
  readonly fileInput: Locator;
  readonly counts: Locator;
  readonly importButton: Locator;
  readonly result: Locator;
  readonly alert: Locator;
  readonly problems: Locator;
  readonly dropOverlay: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import people' });
    this.fileInput = this.dialog.locator('input[type="file"]');
    this.counts = this.dialog.getByRole('status').filter({ hasText: /new · / });
    this.importButton = this.dialog.getByRole('button', { name: /^Import \d/ });
    this.result = this.dialog.getByText(/^[\d,]+ created · [\d,]+ merged · [\d,]+ skipped$/);
    this.alert = this.dialog.getByRole('alert');
    this.problems = this.dialog.getByRole('list', { name: 'Rows not imported and warnings' });
    this.dropOverlay = page.getByText('Drop the file to import it');
  }

  /** Settings → Import → "Import from a file…". */
  async openFromSettings(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await this.page.getByRole('button', { name: 'Import from a file…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Chooses the file and waits until it is read (the worker's start is slow on a busy machine). */
  async chooseFile(file: string | FilePayload): Promise<void> {
    await this.fileInput.setInputFiles(file);
    await expect(this.dialog.getByRole('progressbar')).toBeHidden({ timeout: READ_TIMEOUT_MS });
  }

  /** Drags a file over the window (the overlay shows) and drops it. */
  async dropFile(file: FilePayload): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ({ name, mimeType, bytes }) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
        return data;
      },
      { name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] },
    );
    await this.page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await expect(this.dropOverlay).toBeVisible();
    await this.page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await expect(this.dropOverlay).toBeHidden();
    await expect(this.dialog.getByRole('progressbar')).toBeHidden({ timeout: READ_TIMEOUT_MS });
  }

  /** The decision select of the preview row that starts on `line`. */
  decision(line: number): Locator {
    return this.dialog.getByRole('combobox', { name: new RegExp(`^Line ${line}, `) });
  }

  row(line: number): Locator {
    const decision = this.page.getByRole('combobox', { name: new RegExp(`^Line ${line}, `) });
    return this.dialog.getByRole('listitem').filter({ has: decision });
  }

  mappingFor(column: string): Locator {
    return this.dialog.getByRole('combobox', { name: `What column “${column}” becomes` });
  }

  /** Presses Import and waits for the result; returns its counts line. */
  async importAndWait(): Promise<string> {
    await this.importButton.click();
    await expect(this.result).toBeVisible({ timeout: READ_TIMEOUT_MS });
    return this.result.innerText();
  }
}
