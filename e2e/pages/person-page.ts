// The person page (/people/:personId): in-place fields, topic chips, the timeline, the duplicate
// warning and the Undo toasts.
import { expect, type Locator, type Page } from '@playwright/test';

export type TopicGroup = 'Interests' | 'Can offer' | 'Looking for';

export class PersonPage {
  readonly heading: Locator;
  readonly timeline: Locator;
  readonly toasts: Locator;
  readonly duplicateWarning: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.timeline = page.getByRole('list', { name: 'Timeline' });
    this.toasts = page.getByRole('status', { name: 'Notifications' });
    this.duplicateWarning = page.getByRole('status', { name: 'Probable duplicates' });
  }

  /** Opens the page of a person (the app already started for tests). */
  async open(personId: string, name: string): Promise<void> {
    await this.page.evaluate((id) => {
      window.location.hash = `#/people/${encodeURIComponent(id)}`;
    }, personId);
    await expect(this.heading).toHaveText(name);
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Types a new value into an in-place field and saves it with Enter. */
  async edit(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
    await this.field(label).press('Enter');
  }

  toastUndo(message: string): Locator {
    return this.toasts
      .locator('.toast')
      .filter({ hasText: message })
      .last()
      .getByRole('button', { name: 'Undo' });
  }

  topicInput(group: TopicGroup): Locator {
    return this.page.getByRole('combobox', { name: `Add to ${group}` });
  }

  topicChips(group: TopicGroup): Locator {
    return this.page.getByRole('list', { name: group, exact: true }).getByRole('listitem');
  }

  suggestion(label: string): Locator {
    return this.page.getByRole('option', { name: label, exact: true });
  }

  async logInteraction(kind: string, note: string): Promise<void> {
    await this.page.getByText('Log an interaction').click();
    await this.page.getByLabel('Kind').selectOption({ label: kind });
    await this.page.getByLabel('Note', { exact: true }).fill(note);
    await this.page.getByRole('button', { name: 'Log it' }).click();
  }

  timelineEntries(): Locator {
    return this.timeline.getByRole('listitem');
  }
}
