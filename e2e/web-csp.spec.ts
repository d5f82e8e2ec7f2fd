// The web build's CSP (the meta tag of renderer/index.html) lets the page reach a sync server on
// this machine over plain ws/http, or one elsewhere over wss/https, and nothing else: plain ws or
// http to another host is refused by the browser before any request is made (docs/security.md).
// Each blocked URL raises a securitypolicyviolation event, in order; a last URL known to be
// blocked closes the list, so an allowed URL that had raised one would show up before it.
import { APP_ORIGIN, expect, test } from './fixtures/web-test';

const ALLOWED = [
  'ws://127.0.0.1:4999/space:1/people/0',
  'http://127.0.0.1:4999/v1/token',
  'ws://localhost:4999/',
  'http://localhost:4999/v1/devices',
  'wss://sync.example.test/',
  'https://sync.example.test/v1/devices',
];
const BLOCKED = [
  'ws://sync.example.test/',
  'http://sync.example.test/v1/devices',
  'ws://192.168.0.10:4455/',
  'http://10.0.0.1:4455/v1/token',
];
const LAST = 'http://end-of-list.example.test/';

test('the web CSP allows loopback ws/http and wss/https sync servers only', async ({ browser }) => {
  const context = await browser.newContext();
  // Nothing may reach a network: the TLS server's requests are answered here.
  await context.route('https://sync.example.test/**', (route) => route.abort());
  await context.routeWebSocket('wss://sync.example.test/**', (socket) => socket.close());
  const page = await context.newPage();
  await page.goto(`${APP_ORIGIN}/`);
  await expect(page.locator('[data-app-state="ready"]')).toBeAttached();

  const violations = await page.evaluate(
    async ({ urls, last }) => {
      const blocked: string[] = [];
      const endOfList = new Promise<void>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) => {
          if (event.violatedDirective !== 'connect-src') return;
          if (event.blockedURI.startsWith(last)) resolve();
          else blocked.push(event.blockedURI);
        }),
      );
      const attempt = async (url: string) => {
        if (url.startsWith('http')) {
          await fetch(url).catch(() => undefined);
          return;
        }
        await new Promise<void>((resolve) => {
          try {
            const socket = new WebSocket(url);
            // A blocked socket reports an error and never closes; a refused one closes.
            socket.addEventListener('open', () => socket.close());
            socket.addEventListener('error', () => resolve());
            socket.addEventListener('close', () => resolve());
          } catch {
            resolve();
          }
        });
      };
      for (const url of urls) await attempt(url);
      await attempt(last);
      await endOfList;
      return blocked;
    },
    { urls: [...ALLOWED, ...BLOCKED], last: LAST },
  );
  await context.close();

  expect(violations.map((url) => new URL(url).origin)).toEqual(
    BLOCKED.map((url) => new URL(url).origin),
  );
});
