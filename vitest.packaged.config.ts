// `npm run test:packaged`: the test of the built, packaged app (build/packaged-app/). It reads
// dist/, so it runs after `npm run build` (in test:e2e), not with the unit tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['build/packaged-app/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
