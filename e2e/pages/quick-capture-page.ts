// "Log a meetup" (/capture): opened with M, filled in by keyboard only, the way a user logs a
// meetup on the train home. Waits on what the screen shows, never on time.
import { expect, type Locator, type Page } from '@playwright/test';

export class QuickCapturePage {
  readonly headerButton: Locator;
  readonly heading: Locator;
  readonly eventName: Locator;
  readonly personName: Locator;
  readonly note: Locator;
  readonly addedPeople: Locator;
  readonly resumePrompt: Locator;

  constructor(readonly page: Page) {
    this.headerButton = page
      .getByRole('banner')
      .getByRole('button', { name: 'Log a meetup', exact: true });
    this.heading = page.getByRole('heading', { level: 1, name: 'Log a meetup' });
    this.eventName = page.getByRole('combobox', { name: 'Event name' });
    this.personName = page.getByRole('combobox', { name: 'Name', exact: true });
    this.note = page.getByRole('textbox', { name: 'Note' });
    this.addedPeople = page.getByRole('list', { name: 'People added' }).locator(':scope > li');
    this.resumePrompt = page.getByRole('heading', { name: 'Resume your unsaved meetup log?' });
  }

  /** Presses M with the focus outside any text field. */
  async openWithShortcut(): Promise<void> {
    await this.page.locator('body').focus();
    await this.page.keyboard.press('m');
    await expect(this.heading).toBeVisible();
  }

  /** A new event: its name, then Enter moves on to the first person. */
  async nameNewEvent(name: string): Promise<void> {
    await expect(this.eventName).toBeFocused();
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Enter');
    await expect(this.personName).toBeFocused();
  }

  async addNewPerson(name: string, note: string): Promise<void> {
    const before = await this.addedPeople.count();
    await expect(this.personName).toBeFocused();
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Enter');
    await expect(this.note).toBeFocused();
    await this.page.keyboard.type(note);
    await this.page.keyboard.press('Enter');
    await expect(this.addedPeople).toHaveCount(before + 1);
  }

  /** Types the start of a known person's name, picks them with the arrow keys, adds the note. */
  async addExistingPerson(typed: string, fullName: string, note: string): Promise<Locator> {
    const before = await this.addedPeople.count();
    await expect(this.personName).toBeFocused();
    await this.page.keyboard.type(typed);
    const suggestion = this.page.getByRole('option', { name: new RegExp(`^${fullName}`) });
    await expect(suggestion).toBeVisible();
    await this.page.keyboard.press('ArrowDown');
    await expect(suggestion).toHaveAttribute('aria-selected', 'true');
    await this.page.keyboard.press('Enter');
    await expect(this.note).toBeFocused();
    const metBefore = this.page.getByText(/^met before at /);
    await expect(metBefore).toBeVisible();
    await this.page.keyboard.type(note);
    await this.page.keyboard.press('Enter');
    await expect(this.addedPeople).toHaveCount(before + 1);
    return metBefore;
  }

  async saveWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Enter');
  }

  topicChips(row: Locator): Locator {
    return row.getByRole('list', { name: 'Topics' }).getByRole('listitem');
  }
}
