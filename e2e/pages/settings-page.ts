// The Settings screen: language and the "Load sample data" action.
import { expect, type Locator, type Page } from '@playwright/test';

export type LanguageLabel = 'English' | '日本語';

export class SettingsPage {
  readonly language: Locator;
  readonly loadSampleDataButton: Locator;
  readonly sampleDataLoaded: Locator;

  constructor(readonly page: Page) {
    // The Japanese label keeps the English word ("言語（Language）").
    this.language = page.getByLabel('Language');
    this.loadSampleDataButton = page.getByRole('button', { name: 'Load sample data' });
    this.sampleDataLoaded = page
      .getByRole('status')
      .getByText(/^Sample data loaded: [\d,]+ people\.$/);
  }

  async chooseLanguage(label: LanguageLabel): Promise<void> {
    await this.language.selectOption({ label });
  }

  /** Loads the sample data into an empty database; returns how many people the app says it added. */
  async loadSampleData(): Promise<number> {
    await this.loadSampleDataButton.click();
    await expect(this.sampleDataLoaded).toBeVisible();
    const message = await this.sampleDataLoaded.innerText();
    return Number(message.replace(/[^\d]/g, ''));
  }
}
