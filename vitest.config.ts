import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Browser and server checks run alone: npm run test:e2e (vitest.e2e.config.ts).
    exclude: ['**/node_modules/**', 'src/**/*.e2e.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
