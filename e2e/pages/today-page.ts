// The Today screen: its three sections, the items in them (named by who they are about) and each
// item's actions, plus the "Today" navigation link with its count of due follow-ups.
import { expect, type Locator, type Page } from '@playwright/test';

export type TodaySection = 'Overdue' | 'Due today' | 'Coming up';

export class TodayPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /^Today/ })
      .click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Today');
    await expect(this.page.getByText('Looking for follow-ups…')).toHaveCount(0);
  }

  navLink(): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name: /^Today/ });
  }

  section(name: TodaySection): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name}`) });
  }

  /** An item, named by the person (or people, or event) it is about. */
  item(name: string | RegExp): Locator {
    return this.page.getByRole('listitem', { name });
  }

  /** Every item shown, in screen order. */
  items(): Locator {
    return this.page.locator('.follow-up');
  }

  allCaughtUp(): Locator {
    return this.page.getByRole('heading', { name: "You're all caught up" });
  }

  async snoozeForAWeek(item: Locator): Promise<void> {
    await item.getByRole('button', { name: 'Snooze' }).click();
    await item.getByRole('button', { name: 'In a week' }).click();
  }
}
