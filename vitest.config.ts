import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,renderer,electron,build}/**/*.test.{ts,tsx}'],
    // Needs the build: run by `npm run test:packaged` (vitest.packaged.config.ts).
    exclude: [...configDefaults.exclude, 'build/packaged-app/**'],
    environment: 'node',
    setupFiles: ['renderer/test-setup.ts'],
    restoreMocks: true,
  },
});
