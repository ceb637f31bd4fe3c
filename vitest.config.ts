import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Build tests share one project root, so they live in one file and run in order.
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
