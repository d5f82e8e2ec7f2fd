// The sync specs' test: a real sync server (e2e/support/sync-server-process) per test, and devices,
// each a browser context of its own (its own IndexedDB) with the app opened for tests. Each device
// keeps the web tests' two guards, widened by exactly the sync server: no request may leave for
// anything but the app and the server (or a proxy to it), and no uncaught error may occur.
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { RequestRecorder } from '../fixtures/request-recorder';
import { APP_ORIGIN } from '../fixtures/web-origin';
import { AppPage } from '../pages/app-page';
import { PeoplePage } from '../pages/people-page';
import { SyncSettingsPage } from '../pages/sync-settings-page';
import { PausableProxy } from './pausable-proxy';
import { SyncServerProcess } from './sync-server-process';

export interface SyncDevice {
  name: string;
  context: BrowserContext;
  page: Page;
  app: AppPage;
  sync: SyncSettingsPage;
  people: PeoplePage;
}

export interface DeviceOptions {
  /** The browser's language, which the app follows (en-US unless said). */
  locale?: string;
}

interface SyncFixtures {
  /** The origins a device may reach besides the app: the server's and its proxies' (http://…). */
  syncOrigins: Set<string>;
  syncServer: SyncServerProcess;
  /** Opens a new device (a browser context) with the app ready. */
  openDevice(name: string, options?: DeviceOptions): Promise<SyncDevice>;
  /** A pausable proxy to the sync server, for a device's partition. */
  proxyToServer(): Promise<PausableProxy>;
}

export const test = base.extend<SyncFixtures>({
  // Playwright reads a fixture's dependencies from its first argument's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  syncOrigins: async ({}, use) => {
    await use(new Set());
  },

  syncServer: async ({ syncOrigins }, use) => {
    const server = await SyncServerProcess.start();
    syncOrigins.add(httpOrigin(server.url));
    await use(server);
    await server.dispose();
  },

  proxyToServer: async ({ syncServer, syncOrigins }, use) => {
    const proxies: PausableProxy[] = [];
    await use(async () => {
      const proxy = await PausableProxy.start(syncServer.port);
      proxies.push(proxy);
      syncOrigins.add(httpOrigin(proxy.url));
      return proxy;
    });
    await Promise.all(proxies.map((proxy) => proxy.close()));
  },

  openDevice: async ({ browser, syncOrigins }, use) => {
    const opened: { device: SyncDevice; requests: RequestRecorder; errors: Error[] }[] = [];
    await use(async (name, options = {}) => {
      const { device, requests, errors } = await openDevice(browser, name, options);
      opened.push({ device, requests, errors });
      return device;
    });
    for (const { device, requests, errors } of opened) {
      const elsewhere = requests.foreign().filter((url) => !syncOrigins.has(originOf(url)));
      expect(elsewhere, `${device.name}: requests that left the app`).toEqual([]);
      expect(errors.map(String), `${device.name}: uncaught errors in the page`).toEqual([]);
      await device.context.close();
    }
  },
});

async function openDevice(browser: Browser, name: string, { locale = 'en-US' }: DeviceOptions) {
  const context = await browser.newContext({ baseURL: APP_ORIGIN, locale });
  const requests = new RequestRecorder(context, APP_ORIGIN);
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  const app = new AppPage(page);
  await app.open();
  const device: SyncDevice = {
    name,
    context,
    page,
    app,
    sync: new SyncSettingsPage(page),
    people: new PeoplePage(page),
  };
  return { device, requests, errors };
}

/** The API origin of a ws:// server URL (shared/sync/sync-url's syncApiOrigin, on loopback). */
function httpOrigin(wsUrl: string): string {
  return new URL(wsUrl.replace(/^ws:/, 'http:')).origin;
}

function originOf(url: string): string {
  try {
    return new URL(url.replace(/^ws:/, 'http:')).origin;
  } catch {
    return url;
  }
}

export { expect };
