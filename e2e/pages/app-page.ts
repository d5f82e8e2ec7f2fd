// The app frame: boot, the primary navigation and the screen headings. Waits on what the app
// announces (data-app-state on #root, headings, aria-current), never on time.
import { expect, type Locator, type Page } from '@playwright/test';

export const SCREENS = [
  'People',
  'Events',
  'Introductions',
  'Network',
  'Insights',
  'Today',
  'Volunteers',
  'Settings',
] as const;
export type ScreenName = (typeof SCREENS)[number];

export class AppPage {
  readonly root: Locator;
  readonly navigation: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('#root');
    this.navigation = page.getByRole('navigation');
  }

  /** Opens the app with its test hook enabled and waits until it is ready. */
  async open(): Promise<void> {
    await this.page.goto('/?e2e=1');
    await this.waitUntilReady();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilReady();
  }

  /** Waits for data-app-state to settle; an "error" state fails with the message the app shows. */
  async waitUntilReady(): Promise<void> {
    const settled = this.page.locator(
      '#root[data-app-state="ready"], #root[data-app-state="error"]',
    );
    await settled.waitFor({ state: 'attached' });
    if ((await this.root.getAttribute('data-app-state')) === 'error') {
      throw new Error(`The app failed to start: ${await this.root.innerText()}`);
    }
  }

  /** A navigation link by its screen's name; a count may follow in brackets ("Today (3 …)"). */
  navLink(name: string): Locator {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.navigation.getByRole('link', { name: new RegExp(`^${escaped}( [(（].*)?$`) });
  }

  /** The screen's main heading. */
  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async goTo(screen: ScreenName): Promise<void> {
    await this.navLink(screen).click();
    await expect(this.heading()).toHaveText(screen);
  }
}
