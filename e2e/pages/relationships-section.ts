// The Relationships section of a person page: "Knows…" (K), its dialog with the person picker, the
// kind, note and since, the stated relationships with Edit and Remove, and "From your data".
import { expect, type Locator, type Page } from '@playwright/test';

export class RelationshipsSection {
  readonly section: Locator;
  readonly items: Locator;
  readonly dialog: Locator;
  readonly kind: Locator;
  readonly note: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Relationships' });
    this.items = this.section.getByRole('list', { name: 'Relationships' }).getByRole('listitem');
    this.dialog = page.getByRole('dialog', { name: /^(Add a|Edit the) relationship of / });
    this.kind = this.dialog.getByRole('combobox', { name: 'Relationship' });
    this.note = this.dialog.getByRole('textbox', { name: 'Note (optional)' });
  }

  /** Opens "Knows…" with its K key; focus lands in the person picker. */
  async openWithKey(): Promise<void> {
    await this.page.keyboard.press('k');
    await expect(this.dialog).toBeVisible();
  }

  /** Types a name into the picker and takes the offered person with Enter. */
  async pickPerson(typed: string, option: string): Promise<void> {
    await this.page.keyboard.type(typed);
    await expect(this.dialog.getByRole('option', { name: option, exact: true })).toBeVisible();
    await this.page.keyboard.press('Enter');
    await expect(this.kind).toBeFocused();
  }

  item(text: string): Locator {
    return this.items.filter({ hasText: text });
  }

  removeButton(otherName: string): Locator {
    return this.section.getByRole('button', {
      name: `Remove the relationship with ${otherName}`,
    });
  }
}
