// The Introductions screen: suggested introductions, the make-introduction dialog, the status
// groups and the drafted message.
import type { Locator, Page } from '@playwright/test';

export class IntroductionsPage {
  readonly suggestions: Locator;
  readonly makeDialog: Locator;
  readonly messageDialog: Locator;

  constructor(readonly page: Page) {
    this.suggestions = page
      .getByRole('region', { name: 'Suggested introductions' })
      .getByRole('listitem');
    this.makeDialog = page.getByRole('dialog', { name: 'Introduce two people' });
    this.messageDialog = page.getByRole('dialog', { name: /^Message to / });
  }

  suggestion(pair: string): Locator {
    return this.suggestions.filter({ has: this.page.getByText(pair, { exact: true }) });
  }

  group(status: string): Locator {
    return this.page.getByRole('region', { name: status, exact: true });
  }

  card(pair: string): Locator {
    return this.page.getByRole('article', { name: pair });
  }
}
