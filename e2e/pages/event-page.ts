// An event's page (/events/:eventId): its heading, the people met there and their export.
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

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

  /** Exports the attendees (clicking, or Enter on the button) and returns the file's name and text. */
  async exportAttendees(
    format: 'CSV' | 'vCard',
    { byKeyboard = false } = {},
  ): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    const button = this.page.getByRole('button', { name: `Export attendees (${format})` });
    if (byKeyboard) {
      await button.focus();
      await this.page.keyboard.press('Enter');
    } else {
      await button.click();
    }
    const file = await download;
    const text = (await readFile(await file.path())).toString('utf8');
    return { name: file.suggestedFilename(), text };
  }
}
