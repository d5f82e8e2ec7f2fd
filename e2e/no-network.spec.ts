// The app makes no network requests (docs/architecture.md, "Processes"). The request guard of
// fixtures/web-test.ts checks this after every spec; here the user goes everywhere and the list is
// read explicitly, and the guard itself is shown to catch requests from pages and from workers.
import { SCREENS } from './pages/app-page';
import { APP_ORIGIN, expect, test } from './fixtures/web-test';
import { RequestRecorder } from './fixtures/request-recorder';

test('using every screen sends no request outside the app', async ({ app, settings, requests }) => {
  for (const screen of SCREENS) await app.goTo(screen);
  await app.goTo('Settings');
  await settings.loadSampleData();
  await settings.chooseLanguage('日本語');
  await expect(app.navLink('設定')).toBeVisible();
  await app.reload();

  expect(requests.all().some((url) => url.startsWith(`${APP_ORIGIN}/assets/`))).toBe(true);
  expect(requests.foreign()).toEqual([]);
});

test('the request guard sees requests from pages and from their workers', async ({ browser }) => {
  const context = await browser.newContext();
  const recorder = new RequestRecorder(context, APP_ORIGIN);
  await context.route(`${APP_ORIGIN}/guard-check`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>guard</title>' }),
  );
  await context.route('http://guard-check.invalid/**', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${APP_ORIGIN}/guard-check`);

  await page.evaluate(async () => {
    await fetch('http://guard-check.invalid/from-page').catch(() => undefined);
    const source = `fetch('http://guard-check.invalid/from-worker').catch(() => {}).finally(() => postMessage('done'));`;
    const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    await new Promise((resolve) => worker.addEventListener('message', resolve));
  });
  await context.close();

  expect(recorder.foreign()).toEqual([
    'http://guard-check.invalid/from-page',
    'http://guard-check.invalid/from-worker',
  ]);
});
