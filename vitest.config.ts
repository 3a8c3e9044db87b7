// Two test projects: fast unit tests in Node, and browser tests against the built app.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/unit/globalSetup.ts'],
          setupFiles: ['tests/unit/setup.ts'],
          // CLI tests start real processes and property tests run many cases: on a busy
          // machine they take longer than vitest's default of five seconds.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          // Generous: several engineers share two cores, and a page load can take half a minute.
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
