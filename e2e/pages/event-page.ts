// An event's page (/events/:eventId): its heading and the people met there.
import type { Locator, Page } from '@playwright/test';

export class EventPage {
  readonly heading: Locator;
  readonly peopleMet: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.peopleMet = page.getByRole('region', { name: 'People met here' }).getByRole('listitem');
  }

  personLink(name: string): Locator {
    return this.page
      .getByRole('region', { name: 'People met here' })
      .getByRole('link', { name, exact: true });
  }
}
