// The desktop shell's window security (docs/architecture.md, "Processes"), seen from the page: no
// Node in the renderer, no new windows, no navigation away from the app.
import { APP_ORIGIN } from '../../electron/main/app-origin';
import { expect, test } from '../fixtures/electron-test';

interface NavigationAttempt {
  url: string;
  prevented: boolean;
}
type AttemptLog = typeof globalThis & { navigationAttempts?: NavigationAttempt[] };

test('the desktop app opens its window to a ready state', async ({ app }) => {
  await expect(app.root).toHaveAttribute('data-app-state', 'ready');
  await expect(app.navLink('People')).toBeVisible();
  expect(app.page.url()).toMatch(new RegExp(`^${APP_ORIGIN}/`));
});

test('the page has no Node: no require, no process', async ({ app }) => {
  const globals = await app.page.evaluate(() => ({
    require: typeof (window as { require?: unknown }).require,
    process: typeof (window as { process?: unknown }).process,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined' });
});

test('window.open is denied and the link goes to the system browser', async ({
  app,
  electronApp,
  openedExternally,
}) => {
  const denied = await app.page.evaluate(() => window.open('https://example.com/') === null);

  expect(denied).toBe(true);
  await expect.poll(openedExternally).toEqual(['https://example.com/']);
  expect(electronApp.windows()).toHaveLength(1);
});

test('the window cannot be navigated away from the app', async ({
  app,
  electronApp,
  openedExternally,
}) => {
  const appUrl = app.page.url();
  await electronApp.evaluate(({ BrowserWindow }) => {
    // The app may refuse in either event; will-frame-navigate comes first.
    const log: NavigationAttempt[] = [];
    (globalThis as AttemptLog).navigationAttempts = log;
    const record = (event: { url: string; defaultPrevented: boolean }) =>
      log.push({ url: event.url, prevented: event.defaultPrevented });
    const { webContents } = BrowserWindow.getAllWindows()[0];
    webContents.on('will-frame-navigate', record);
    webContents.on('will-navigate', record);
  });

  await app.page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });

  await expect
    .poll(() =>
      electronApp.evaluate(() =>
        ((globalThis as AttemptLog).navigationAttempts ?? []).some(
          (attempt) => attempt.url === 'https://example.com/' && attempt.prevented,
        ),
      ),
    )
    .toBe(true);
  await expect.poll(openedExternally).toEqual(['https://example.com/']);
  expect(app.page.url()).toBe(appUrl);
  await expect(app.root).toHaveAttribute('data-app-state', 'ready');
});
