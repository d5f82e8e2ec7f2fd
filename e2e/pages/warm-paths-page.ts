// "Who can introduce me?" (/warm-paths?to=…): opened from the palette or a person's page; a
// picker for a person, a company or a topic, then one article per chain.
import type { Locator, Page } from '@playwright/test';

export class WarmPathsPage {
  readonly picker: Locator;

  constructor(
    readonly page: Page,
    private readonly words = { command: 'Find a warm path to', picker: 'Find a warm path to' },
  ) {
    this.picker = page.getByRole('combobox', { name: words.picker });
  }

  /** The same page in Japanese. */
  static inJapanese(page: Page): WarmPathsPage {
    return new WarmPathsPage(page, { command: 'つながりをたどる', picker: 'つながりをたどる相手' });
  }

  async openFromPalette(): Promise<void> {
    await this.page.locator('body').press('Control+k');
    await this.page.getByRole('dialog').getByRole('combobox').fill(this.words.command);
    await this.page.getByRole('option', { name: new RegExp(this.words.command) }).click();
  }

  /** Types a company or topic into the palette and runs its "Find a warm path to …" command. */
  async findFromPalette(typed: string, command: RegExp): Promise<void> {
    await this.page.locator('body').press('Control+k');
    await this.page.getByRole('dialog').getByRole('combobox').fill(typed);
    await this.page.getByRole('option', { name: command }).click();
  }

  /** Types into the picker and chooses the option whose name (label, then kind) matches. */
  async findTo(typed: string, option: RegExp): Promise<void> {
    await this.picker.fill(typed);
    await this.page.getByRole('option', { name: option }).click();
  }

  /** The chain that starts with the introducer of this name ("Through Aoi Sato"). */
  chain(name: RegExp | string): Locator {
    return this.page.getByRole('article', { name });
  }

  emptyState(target: string): Locator {
    return this.page.getByRole('heading', { name: `No one you know connects to ${target}` });
  }
}
