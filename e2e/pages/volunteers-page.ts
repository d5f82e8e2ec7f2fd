// The Volunteers screen: the table of everyone who has volunteered (rows named by the person),
// its sortable column headers and its filters.
import { expect, type Locator, type Page } from '@playwright/test';

export type VolunteerColumn =
  'Name' | 'Events' | 'Hours' | 'Reliability' | 'Last volunteered' | 'Roles done';

export class VolunteersPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('grid', { name: 'Volunteers' });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /^Volunteers/ })
      .click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Volunteers');
  }

  /** Body rows, in the order shown. */
  rows(): Locator {
    return this.table.locator('[role="rowgroup"]').nth(1).getByRole('row');
  }

  row(name: string): Locator {
    return this.rows().filter({ hasText: name });
  }

  /** The shown names, top to bottom. */
  async names(): Promise<string[]> {
    return this.rows().locator('.volunteers-table__name').allInnerTexts();
  }

  header(column: VolunteerColumn): Locator {
    return this.table.getByRole('columnheader', { name: column });
  }

  async sortBy(column: VolunteerColumn): Promise<void> {
    await this.header(column).getByRole('button').click();
  }

  nameFilter(): Locator {
    return this.page.getByRole('search').getByLabel('Name');
  }
}
