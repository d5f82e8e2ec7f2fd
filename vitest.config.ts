import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,renderer,electron,build}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['renderer/test-setup.ts'],
    restoreMocks: true,
  },
});
