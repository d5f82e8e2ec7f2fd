// Find duplicates (/people/duplicates): the list of likely pairs, each with its reasons and its
// two answers (Merge…, Not the same person), and the Undo toast.
import type { Locator, Page } from '@playwright/test';

export class DuplicatesPage {
  readonly pairs: Locator;
  readonly summary: Locator;
  readonly toasts: Locator;

  constructor(readonly page: Page) {
    this.pairs = page.getByRole('list', { name: 'Likely duplicate pairs' }).getByRole('listitem');
    this.summary = page.locator('.screen__summary');
    this.toasts = page.getByRole('status', { name: 'Notifications' });
  }

  /** The pair of these two people, listed in either order. */
  pair(first: string, second: string): Locator {
    return this.page
      .getByRole('listitem', { name: `${first} and ${second}` })
      .or(this.page.getByRole('listitem', { name: `${second} and ${first}` }));
  }

  async openFromPalette(): Promise<void> {
    await this.page.locator('body').press('Control+k');
    await this.page.getByRole('combobox', { name: 'Type a command' }).fill('duplicates');
    await this.page.getByRole('option', { name: /Find duplicates/ }).click();
  }
}
