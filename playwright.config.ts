// End-to-end tests in two projects. `web` runs the built renderer under `vite preview` in Debian
// Chromium (the way the app is tested where no Electron binary can be installed); `electron`
// launches the desktop build and is skipped, said loudly once, when there is no binary.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from './e2e/chromium-launch.mjs';
import { APP_ORIGIN, DEV_ORIGIN, DEV_PORT, WEB_PORT } from './e2e/fixtures/web-origin';

const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e',
  // scale/: the PostgreSQL + Redis variant, run by its own config (playwright.sync-scale.config.ts).
  testIgnore: ['perf/**', 'scale/**'],
  // Builds the sync server the sync specs start (e2e/support/sync-server-build.ts).
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: isCI,
  retries: 0,
  reporter: [['list'], ['./e2e/reporters/electron-availability-reporter.ts']],
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'web',
      testIgnore: ['electron/**', 'perf/**', 'dev/**', 'scale/**'],
      use: {
        browserName: 'chromium',
        baseURL: APP_ORIGIN,
        // The app follows the browser's language: pin it, whatever the machine's locale.
        locale: 'en-US',
        launchOptions: { executablePath: chromiumExecutablePath, args: [...chromiumArgs] },
      },
    },
    {
      // `npm run web`, the README's browser command: the dev server, smoke-tested only.
      name: 'web-dev',
      testDir: 'e2e/dev',
      use: {
        browserName: 'chromium',
        baseURL: DEV_ORIGIN,
        locale: 'en-US',
        launchOptions: { executablePath: chromiumExecutablePath, args: [...chromiumArgs] },
      },
    },
    {
      name: 'electron',
      testDir: 'e2e/electron',
    },
  ],
  webServer: [
    {
      command: `node node_modules/vite/bin/vite.js preview --config renderer/vite.config.ts --port ${WEB_PORT} --strictPort`,
      url: APP_ORIGIN,
      reuseExistingServer: !isCI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node node_modules/vite/bin/vite.js --config renderer/vite.config.ts --port ${DEV_PORT} --strictPort`,
      url: DEV_ORIGIN,
      reuseExistingServer: !isCI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
