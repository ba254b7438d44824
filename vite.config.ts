import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** Phaser's build switches (webpack DefinePlugin in its own build), set for a WebGL-only game without sound. */
const PHASER_SWITCHES: Readonly<Record<string, string>> = {
  'typeof CANVAS_RENDERER': 'false',
  'typeof WEBGL_RENDERER': 'true',
  'typeof WEBGL_DEBUG': 'false',
  'typeof EXPERIMENTAL': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
};

function phaserSwitches(): Plugin {
  return {
    name: 'phaser-switches',
    transform(code, id) {
      if (!id.includes('/node_modules/phaser/src/')) return null;
      let out = code;
      for (const [from, to] of Object.entries(PHASER_SWITCHES)) out = out.split(from).join(to);
      out = out.replace(/\bglobal\.Phaser\b/g, 'globalThis.Phaser');
      return out === code ? null : { code: out, map: null };
    },
  };
}

export default defineConfig(({ command }) => ({
  // Fonts, sounds and images made for the project are served as they are.
  publicDir: 'assets',
  plugins: [phaserSwitches()],
  // The smaller Phaser is for builds; the dev server serves Phaser's own ES module build.
  resolve:
    command === 'build'
      ? {
          alias: [
            { find: /^phaser$/, replacement: fileURLToPath(new URL('./vendor/phaser-lite.cjs', import.meta.url)) },
          ],
        }
      : {},
  build: {
    target: 'es2022',
    sourcemap: false,
    // Phaser's chunk is loaded on its own when the table first opens.
    chunkSizeWarningLimit: 1200,
  },
  preview: { port: 4173, host: '127.0.0.1' },
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        // The model walks and the CLI tests take a few seconds alone; on a loaded two-core machine,
        // several times that. A timeout is for hung tests, not slow ones.
        test: {
          name: 'engine',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          environment: 'node',
          testTimeout: 60_000,
        },
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
}));
