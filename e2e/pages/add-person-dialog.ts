// The "Add person" dialog (palette command or `N`), with its duplicate warning.
import type { Locator, Page } from '@playwright/test';

export class AddPersonDialog {
  readonly dialog: Locator;
  readonly duplicateWarning: Locator;
  readonly addButton: Locator;
  readonly addAnywayButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Add a person' });
    this.duplicateWarning = this.dialog.getByRole('status', { name: 'Probable duplicates' });
    this.addButton = this.dialog.getByRole('button', { name: 'Add person', exact: true });
    this.addAnywayButton = this.dialog.getByRole('button', { name: 'Add anyway' });
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  openButton(name: string): Locator {
    return this.duplicateWarning.getByRole('button', { name: `Open ${name}` });
  }
}
