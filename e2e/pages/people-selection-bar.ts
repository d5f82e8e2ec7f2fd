// The bar over the People list while people are selected: the count and the actions on them.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';

export class PeopleSelectionBar {
  readonly bar: Locator;
  readonly count: Locator;
  readonly topic: Locator;
  readonly cadence: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole('toolbar', { name: 'Selected people' });
    this.count = this.bar.locator('.people-selection-bar__count');
    this.topic = this.bar.getByRole('textbox', { name: 'Topic' });
    this.cadence = this.bar.getByRole('combobox', { name: 'Keep in touch' });
  }

  button(name: string): Locator {
    return this.bar.getByRole('button', { name, exact: true });
  }

  /** Clicks an export button and returns the downloaded file's name and text. */
  async export(name: 'Export CSV' | 'Export vCard'): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.button(name).click();
    const file = await download;
    return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  }
}
