import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // a first page load on a busy 2-core machine takes seconds; polls wait for it
    expect: { poll: { timeout: 10_000 } },
    pool: 'forks',
    fileParallelism: false,
  },
});
