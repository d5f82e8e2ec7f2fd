// The Network screen: the relationship map (a WebGL canvas in a focusable container), its search
// box, filters, the selected person's actions and the table view.
import { expect, type Locator, type Page } from '@playwright/test';

export class NetworkPage {
  readonly map: Locator;
  readonly search: Locator;
  readonly selected: Locator;
  readonly tableToggle: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.map = page.locator('.network-map__canvas');
    this.search = page.getByRole('combobox', { name: /Find a person on the map|マップで人を探す/ });
    this.selected = page.getByTestId('network-selected');
    this.tableToggle = page.getByRole('checkbox', { name: /Show as table|表で表示/ });
    this.table = page.getByRole('table');
  }

  /** Waits until the layout has settled and its frame is on screen. */
  async waitUntilLaidOut(): Promise<void> {
    await expect(this.map).toHaveAttribute('data-layout', 'stable', { timeout: 20_000 });
  }

  /**
   * How many pixels of the map's canvas differ from its background, read from a screenshot (a
   * WebGL canvas's own buffer is cleared after each frame).
   */
  async drawnPixels(): Promise<number> {
    const png = (await this.map.screenshot()).toString('base64');
    return this.page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D context');
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const [r, g, b] = [
        pixels[4 * (image.width * 10 + 10)],
        pixels[4 * (image.width * 10 + 10) + 1],
        pixels[4 * (image.width * 10 + 10) + 2],
      ];
      let drawn = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (
          Math.abs(pixels[i] - r) + Math.abs(pixels[i + 1] - g) + Math.abs(pixels[i + 2] - b) >
          60
        )
          drawn += 1;
      }
      return drawn;
    }, png);
  }

  /** Finds a person with the search box; the map then has the keyboard. */
  async find(name: string): Promise<void> {
    await this.search.fill(name);
    await this.page.getByRole('option', { name }).click();
    await expect(this.selected).toContainText(name);
  }

  async showTable(): Promise<void> {
    await this.tableToggle.check();
    await expect(this.table).toBeVisible();
  }

  /** The table row of a person, by the name in its row header. */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }
}
