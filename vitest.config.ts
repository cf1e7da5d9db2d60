import { defineConfig } from 'vitest/config';

// Two projects: `unit` (Node, fake-indexeddb) and `browser` (real Chromium driven by playwright-core
// against the built app and extension; see test/browser/).
export default defineConfig({
  // Caches stay in the project, out of node_modules (which may be shared between work trees).
  cacheDir: '.cache/vite',
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
