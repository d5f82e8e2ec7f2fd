// The Settings screen: language and the "Load sample data" action.
import type { Locator, Page } from '@playwright/test';

export type LanguageLabel = 'English' | '日本語';

export class SettingsPage {
  readonly language: Locator;
  readonly loadSampleData: Locator;

  constructor(readonly page: Page) {
    this.language = page.getByLabel('Language');
    this.loadSampleData = page.getByRole('button', { name: 'Load sample data' });
  }

  async chooseLanguage(label: LanguageLabel): Promise<void> {
    await this.language.selectOption({ label });
  }
}
