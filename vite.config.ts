import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { PRINT_CSS } from './src/engine/guide-print.ts';
import { scenarioText } from './scripts/vite-scenario-text.ts';
import { gamePolicy, inlineStyles, isOrigin, policyMeta, SECURITY_HEADERS } from './src/security/csp.ts';

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

/**
 * Offline after the first visit (issue 19): Workbox precaches every built file, fonts and icons included. A new
 * version waits until the game is next opened (src/ui/pwa.ts registers it: no inline script, so a
 * Content-Security-Policy needs only `script-src 'self'` and `worker-src 'self'`). Not in the dev server.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeManifestIcons: true,
  manifest: {
    name: 'Astana Format',
    short_name: 'Astana',
    description: "Play Kazakhstan's mediator at the Astana talks on Syria (2017–2024).",
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f7f5f0',
    theme_color: '#1f3a5f',
    lang: 'en',
    dir: 'ltr',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,woff2,json}'],
    // Phaser's chunk is over a megabyte; nothing here is larger than this.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: '/index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
  },
  devOptions: { enabled: false },
});

/**
 * Origins of a classroom server other than the page's own, space-separated in ASTANA_CLASSROOM_ORIGINS
 * at build time (a server on the same host and port needs none: 'self' covers it).
 */
function classroomOrigins(): string[] {
  const given = (process.env.ASTANA_CLASSROOM_ORIGINS ?? '').split(/\s+/).filter((o) => o !== '');
  const bad = given.filter((o) => !isOrigin(o));
  if (bad.length > 0) throw new Error(`ASTANA_CLASSROOM_ORIGINS: not an origin: ${bad.join(', ')}`);
  return given;
}

/**
 * The Content-Security-Policy (src/security/csp.ts): a meta tag first in the built page's <head>, and
 * the same policy (with frame-ancestors, which only a header can carry) as a header from `vite preview`.
 * The dev server sends none: its hot reload needs what the policy forbids.
 */
function contentSecurityPolicy(): Plugin {
  let outDir = 'dist';
  const connect = classroomOrigins();
  return {
    name: 'content-security-policy',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (context.server !== undefined) return html;
        const meta = policyMeta(gamePolicy({ inlineStyles: [...inlineStyles(html), PRINT_CSS], connect }, 'meta'));
        return html.replace(/<meta charset="utf-8" ?\/?>/i, (charset) => `${charset}\n    ${meta}`);
      },
    },
    configurePreviewServer(server) {
      // Hashed from the page as built, so that the header and the meta tag allow the same inline style.
      const page = join(outDir, 'index.html');
      const html = existsSync(page) ? readFileSync(page, 'utf8') : '';
      const policy = gamePolicy({ inlineStyles: [...inlineStyles(html), PRINT_CSS], connect }, 'header');
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', policy);
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
        next();
      });
    },
  };
}

export default defineConfig(({ command }) => ({
  // Fonts, sounds and images made for the project are served as they are.
  publicDir: 'assets',
  plugins: [phaserSwitches(), scenarioText(), pwa, contentSecurityPolicy()],
  // The host's worker bundles the scenario files too: in English only, like the page (the page fetches the rest).
  worker: { plugins: () => [scenarioText({ emit: false })] },
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
