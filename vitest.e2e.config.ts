import { defineConfig } from 'vitest/config';

/** Real-browser and real-server checks: Chromium (Debian) via playwright-core, nginx. */
export default defineConfig({
  test: {
    include: ['src/**/*.e2e.test.ts'],
    // One build and one browser at a time on a 2-core machine.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
