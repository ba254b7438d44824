import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Fonts, sounds and images made for the project are served as they are.
  publicDir: 'assets',
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: { port: 4173, host: '127.0.0.1' },
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        // The model walks and the CLI tests take a few seconds alone; on a loaded two-core machine,
        // several times that. A timeout is for hung tests, not slow ones.
        test: { name: 'engine', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One Chromium at a time: two cores, and each page runs a WebGL canvas on SwiftShader.
          fileParallelism: false,
        },
      },
    ],
  },
});
