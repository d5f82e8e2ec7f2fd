// The Insights screen: its filters and its chart cards, each a region named by its title holding
// the chart (an SVG named the same), "Save as SVG/PNG" and the table of its figures (captioned
// with the title).
import type { Download, Locator, Page } from '@playwright/test';

export class InsightsPage {
  readonly range: Locator;
  readonly series: Locator;

  constructor(readonly page: Page) {
    this.range = page.getByRole('group').getByLabel(/^(Time range|期間)/);
    this.series = page.getByRole('group').getByLabel(/^(Event series|イベントシリーズ)/);
  }

  chart(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** The drawn chart: Plot's SVG, named by the chart's title. */
  drawing(title: string): Locator {
    return this.chart(title).locator(`.insight-chart__plot svg[aria-label="${title}"]`);
  }

  table(title: string): Locator {
    return this.chart(title).getByRole('table', { name: title });
  }

  /** The table's body rows (a header cell per row, then the figures). */
  tableRows(title: string): Locator {
    return this.table(title).locator('tbody tr');
  }

  async showLastMonths(label: string): Promise<void> {
    await this.range.selectOption({ label });
  }

  async saveAsSvg(title: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.chart(title)
      .getByRole('button', { name: `Save “${title}” as SVG` })
      .click();
    return download;
  }
}
