// An event page's prep (an upcoming event: "Likely there", its cheat sheet) and recap (a past one).
import { expect, type Locator, type Page } from '@playwright/test';

export class EventPrepSection {
  readonly likelyThere: Locator;
  readonly ideas: Locator;
  readonly cheatSheet: Locator;
  readonly recap: Locator;

  constructor(readonly page: Page) {
    const section = page.getByRole('region', { name: 'Likely there' });
    this.likelyThere = section.getByRole('list', { name: 'People likely there' }).getByRole('link');
    this.ideas = section
      .getByRole('list', { name: 'Introductions worth making' })
      .getByRole('listitem');
    this.cheatSheet = page.getByRole('dialog', { name: /^Cheat sheet: / });
    this.recap = page.getByRole('region', { name: 'Recap' });
  }

  async open(eventId: string): Promise<void> {
    await this.page.evaluate((id) => {
      window.location.hash = `#/events/${id}`;
    }, eventId);
  }

  /** Saves the first introduction idea as an idea, through the introduction dialog. */
  async introduceFirstIdea(): Promise<void> {
    await this.ideas
      .first()
      .getByRole('button', { name: /^Introduce / })
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Introduce two people' });
    await dialog.getByRole('button', { name: 'Save as idea' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Opens the cheat sheet and prints it; resolves once window.print was called. */
  async printCheatSheet(): Promise<void> {
    await this.page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await this.page.getByRole('button', { name: 'Cheat sheet' }).click();
    await expect(this.cheatSheet).toBeVisible();
    await this.cheatSheet.getByRole('button', { name: 'Print' }).click();
    await expect
      .poll(() => this.page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(1);
  }

  cheatSheetRows(): Locator {
    return this.cheatSheet.getByRole('rowheader');
  }

  /** The cheat sheet's row of one person, found by the name that heads it. */
  cheatSheetRow(name: string): Locator {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.cheatSheet
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${escaped}`) }) });
  }
}
