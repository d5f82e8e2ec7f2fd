// The People screen: the virtualised list (a grid of person rows), its count, the trash link and
// the Undo toast. Waits on what the screen announces (the count, rows, the toast), never on time.
import { expect, type Locator, type Page } from '@playwright/test';

export class PeoplePage {
  readonly list: Locator;
  readonly rows: Locator;
  readonly summary: Locator;
  readonly trashLink: Locator;
  readonly toasts: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('grid', { name: 'People' });
    this.rows = this.list.getByRole('row');
    this.summary = page.locator('.screen__summary');
    this.trashLink = page.getByRole('link', { name: 'Trash', exact: true });
    this.toasts = page.getByRole('status', { name: 'Notifications' });
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByText(name, { exact: true }) });
  }

  selectedRow(): Locator {
    return this.list.locator('[role="row"][aria-selected="true"]');
  }

  async expectCount(people: number, timeout?: number): Promise<void> {
    await expect(this.summary).toHaveText(
      `${people.toLocaleString('en')} ${people === 1 ? 'person' : 'people'}`,
      { timeout },
    );
  }

  /** Moves a person to the trash with the row's own button (the mouse user's way). */
  async trashWithButton(name: string): Promise<void> {
    await this.row(name).hover();
    await this.page.getByRole('button', { name: `Move ${name} to the trash` }).click();
  }

  undoButton(): Locator {
    return this.toasts.getByRole('button', { name: 'Undo' });
  }

  /** Scrolls the list from top to bottom; returns the most rows the DOM held at any point. */
  scrollThroughCountingRows(stops: number): Promise<number> {
    return this.list.evaluate(async (element, count) => {
      const nextFrame = () =>
        new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      let most = 0;
      const bottom = element.scrollHeight - element.clientHeight;
      for (let stop = 0; stop <= count; stop += 1) {
        element.scrollTop = Math.round((bottom * stop) / count);
        await nextFrame();
        await nextFrame();
        most = Math.max(most, element.querySelectorAll('[role="row"]').length);
      }
      return most;
    }, stops);
  }
}
