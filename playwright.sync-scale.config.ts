// `npm run test:sync-scale:e2e`: the browser sync scenario (e2e/scale/) on two server processes
// sharing a throwaway PostgreSQL and Redis that the global set-up installs and starts. Not part of
// `npm test`. The built app is served as in the web project, on E2E_PORT (the script's default:
// 4573, apart from the web project's 4173).
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from './e2e/chromium-launch.mjs';
import { APP_ORIGIN, WEB_PORT } from './e2e/fixtures/web-origin';

export default defineConfig({
  testDir: 'e2e/scale',
  globalSetup: './e2e/scale/global-setup.ts',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    baseURL: APP_ORIGIN,
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutablePath, args: [...chromiumArgs] },
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --config renderer/vite.config.ts --port ${WEB_PORT} --strictPort`,
    url: APP_ORIGIN,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
