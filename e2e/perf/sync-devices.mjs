// Devices for the sync benchmarks: the app in a browser of its own (a persistent Chromium profile
// in a fresh temp folder, so its IndexedDB is its own, as on another machine), and the steps of
// Settings → Sync by the labels of the UI contract (docs/sync.md). The benchmark's first device is
// the runner's page; these helpers take any page of the app.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutablePath } from '../chromium-launch.mjs';

const STEP_TIMEOUT_MS = 120_000;

export async function waitUntilReady(page) {
  await page.waitForSelector('#root[data-app-state="ready"], #root[data-app-state="error"]', {
    state: 'attached',
    timeout: STEP_TIMEOUT_MS,
  });
  const state = await page.getAttribute('#root', 'data-app-state');
  if (state !== 'ready')
    throw new Error(`The app failed to start: ${await page.innerText('#root')}`);
}

/** The app at `origin` in a new browser with its own profile; close() removes the profile. */
export async function openDevice(origin) {
  const profileDir = await mkdtemp(join(tmpdir(), 'hallway-bench-device-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumExecutablePath,
    args: [...chromiumArgs],
    headless: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  await page.goto(`${origin}/?e2e=1`);
  await waitUntilReady(page);
  return {
    page,
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** Goes to a screen by its route (the app routes with the URL's hash), e.g. '/people'. */
export async function goTo(page, route) {
  await page.evaluate((hash) => (window.location.hash = hash), `#${route}`);
}

/** The People screen's count ("50,000 people"), once the list has loaded. */
export async function peopleSummary(page) {
  await goTo(page, '/people');
  const summary = page.locator('.screen__summary').filter({ hasText: /^[\d,]+ (people|person)$/ });
  await summary.waitFor();
  return (await summary.innerText()).trim();
}

export async function openSyncSettings(page) {
  await goTo(page, '/settings');
  await page.getByRole('heading', { name: 'Sync', exact: true }).waitFor();
}

/** Pairs an unpaired device; returns once the section shows it paired (sync on). */
export async function pair(page, { serverUrl, deviceName, code }) {
  await openSyncSettings(page);
  await page.getByLabel('Server URL', { exact: true }).fill(serverUrl);
  await page.getByLabel('Device name', { exact: true }).fill(deviceName);
  await page.getByLabel('Pairing code', { exact: true }).fill(code);
  await page.getByRole('button', { name: 'Pair this device' }).click();
  await page.getByRole('checkbox', { name: 'Sync this device', checked: true }).waitFor();
}

/** "Pair another device" on a paired device: the code it shows. */
export async function codeForAnotherDevice(page) {
  await openSyncSettings(page);
  await page.getByRole('button', { name: 'Pair another device' }).click();
  const code = page.getByTestId('pairing-code');
  await code.filter({ hasText: /\S/ }).waitFor();
  const text = (await code.innerText()).trim();
  await page.keyboard.press('Escape');
  return text;
}

/** Switches sync on or off; the box follows once the setting is saved, so this waits for it. */
export async function setSyncEnabled(page, enabled) {
  await openSyncSettings(page);
  const box = page.getByRole('checkbox', { name: 'Sync this device' });
  if ((await box.isChecked()) !== enabled) await box.click();
  await page.getByRole('checkbox', { name: 'Sync this device', checked: enabled }).waitFor();
}

/** Forgets the server (confirmed), leaving the device unpaired. */
export async function forgetServer(page) {
  await openSyncSettings(page);
  await page.getByRole('button', { name: 'Forget this server' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Forget', exact: true }).click();
  await page.getByRole('button', { name: 'Pair this device' }).waitFor();
}

/** The header's status kind (off, connecting, syncing, upToDate, offline, error). */
export function syncState(page) {
  return page.getAttribute('[data-testid="sync-status"]', 'data-sync-state');
}

export async function waitForSyncState(page, kind, timeout = STEP_TIMEOUT_MS) {
  await page.waitForSelector(`[data-testid="sync-status"][data-sync-state="${kind}"]`, {
    state: 'attached',
    timeout,
  });
}

/**
 * Waits until `check()` resolves true, trying every `everyMs` (a benchmark's end condition that
 * spans pages, such as two devices holding the same rows); every 30 s, and when it gives up after
 * `timeoutMs`, it prints `describe()` (what the devices hold meanwhile) to stderr.
 */
export async function pollUntil(
  check,
  { everyMs = 250, timeoutMs, what, describe = async () => '' },
) {
  const started = Date.now();
  let nextReport = started + 30_000;
  for (;;) {
    if (await check()) return;
    const now = Date.now();
    if (now > started + timeoutMs) {
      throw new Error(`gave up after ${timeoutMs} ms waiting for ${what}: ${await describe()}`);
    }
    if (now > nextReport) {
      console.error(`still waiting for ${what} after ${now - started} ms: ${await describe()}`);
      nextReport = now + 30_000;
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
