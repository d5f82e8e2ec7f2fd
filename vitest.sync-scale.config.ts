// `npm run test:sync-scale`: the sync scenario against PostgreSQL + Redis with two server processes
// (server/testing/scale/). Not part of `npm test`: it installs Debian packages when missing and
// starts its own PostgreSQL and Redis, so it runs on its own, after the server is built.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/testing/scale/**/*.scale.ts'],
    environment: 'node',
    restoreMocks: true,
    // The scenario takes about 7 s here; this only bounds a step that hangs.
    testTimeout: 120_000,
  },
});
