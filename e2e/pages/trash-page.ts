// The Trash (/people/trash): trashed people with Restore and Delete for good, Empty trash, and
// the confirmation dialog that names what is lost.
import type { Locator, Page } from '@playwright/test';

export class TrashPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly emptyTrashButton: Locator;
  readonly emptyMessage: Locator;
  readonly confirmation: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Trash' });
    this.list = page.getByRole('list', { name: 'People in the trash' });
    this.emptyTrashButton = page.getByRole('button', { name: 'Empty trash' });
    this.emptyMessage = page.getByRole('heading', { name: 'The trash is empty' });
    this.confirmation = page.getByRole('alertdialog');
  }

  restoreButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Restore ${name}` });
  }

  deleteForGoodButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Delete ${name} for good` });
  }

  item(name: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: name });
  }
}
