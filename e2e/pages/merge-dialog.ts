// The merge dialog: conflicting values as radio choices, then "Merge".
import type { Locator, Page } from '@playwright/test';

export class MergeDialog {
  readonly dialog: Locator;
  readonly mergeButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^Merge .* with another record$/ });
    this.mergeButton = this.dialog.getByRole('button', { name: 'Merge', exact: true });
  }

  choice(field: string, value: string): Locator {
    return this.dialog.getByRole('group', { name: field }).getByRole('radio', { name: value });
  }
}
