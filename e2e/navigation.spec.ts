import { SCREENS } from './pages/app-page';
import { expect, test } from './fixtures/web-test';

test('every screen is one click away from every other and shows its heading', async ({ app }) => {
  for (const screen of [...SCREENS, ...[...SCREENS].reverse()]) {
    await app.goTo(screen);
    await expect(app.navLink(screen)).toHaveAttribute('aria-current', 'page');
  }
});
