import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,renderer,electron,build,server}/**/*.test.{ts,tsx}'],
    // Needs the build: run by `npm run test:packaged` (vitest.packaged.config.ts).
    exclude: [...configDefaults.exclude, 'build/packaged-app/**'],
    environment: 'node',
    setupFiles: ['renderer/test-setup.ts'],
    restoreMocks: true,
    // The time a test may take on a loaded two-core machine (CI, or a soak beside another suite):
    // a cold ESLint or a 500-write property test takes seconds there. Tests wait on events, never
    // on time; this only bounds a test that hangs.
    testTimeout: 60_000,
  },
});
