// The event page's Volunteers section: role needs, gaps, shifts, the attendance checklist and the
// printable roster.
import type { Locator, Page } from '@playwright/test';

export class RosterSection {
  readonly section: Locator;
  readonly gaps: Locator;
  readonly hoursSummary: Locator;
  readonly checklist: Locator;
  readonly printView: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Volunteers' });
    this.gaps = this.section.getByRole('list', { name: 'Roles filled' });
    this.hoursSummary = this.section.locator('.roster__hours');
    this.checklist = page.getByRole('dialog', { name: 'Who came?' });
    this.printView = page.getByTestId('printable-roster');
  }

  async addRole(label: string, needed: number): Promise<void> {
    await this.section.getByRole('combobox', { name: 'Role to add' }).selectOption({ label });
    await this.section.getByRole('button', { name: 'Add role' }).click();
    await this.section
      .getByRole('spinbutton', { name: `People needed for ${label}` })
      .fill(`${needed}`);
  }

  /** Adds a shift of `role` from `from` to `to` (HH:MM) with a first person picked by name. */
  async addShift(role: string, from: string, to: string, person: string): Promise<void> {
    await this.section.getByRole('button', { name: 'Add a shift' }).click();
    const form = this.section.getByRole('group', { name: 'Add a shift' });
    await form.getByLabel('Role', { exact: true }).selectOption({ label: role });
    await form.getByLabel('From', { exact: true }).fill(from);
    await form.getByLabel('To', { exact: true }).fill(to);
    await form.getByLabel('First person on this shift').fill(person.split(' ')[0]);
    await form.getByRole('option', { name: person, exact: false }).first().click();
  }

  slot(role: string): Locator {
    return this.section.locator('.roster-slot').filter({
      has: this.page.getByRole('heading', { name: role, exact: true }),
    });
  }

  /** Types a name into the slot's picker and takes `choice` (a person, or "Create …"). */
  async addToSlot(role: string, typed: string, choice: string): Promise<void> {
    const slot = this.slot(role);
    await slot.getByLabel(`Add someone to ${role}`).fill(typed);
    await slot.getByRole('option', { name: choice }).click();
  }

  status(name: string, role: string): Locator {
    return this.slot(role).getByRole('combobox', { name: `Status of ${name}` });
  }

  hours(name: string, role: string): Locator {
    return this.slot(role).getByRole('spinbutton', { name: `Hours for ${name}` });
  }

  warnings(): Locator {
    return this.section.getByRole('note');
  }
}
