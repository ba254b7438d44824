/**
 * Draws the app's icons for the web manifest from assets/favicon.svg with headless Chromium:
 * `npx tsx scripts/icons.ts` writes assets/icons/icon-192.png, icon-512.png and icon-maskable-512.png
 * (the maskable one keeps the emblem inside the safe circle, on a full-bleed background). The PNGs are committed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT } from '../src/cli/io';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/support/chromium';

const svg = readFileSync(join(PROJECT_ROOT, 'assets/favicon.svg'), 'utf8');
const page = (size: number, inset: number): string =>
  `<!doctype html><html><body style="margin:0;background:#1f3a5f;width:${size}px;height:${size}px;display:grid;` +
  `place-items:center"><div style="width:${size - 2 * inset}px;height:${size - 2 * inset}px">` +
  `${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body></html>`;

const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
for (const [name, size, inset, omitBackground] of [
  ['icon-192', 192, 0, true],
  ['icon-512', 512, 0, true],
  ['icon-maskable-512', 512, 64, false],
] as const) {
  const context = await browser.newContext({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const tab = await context.newPage();
  await tab.setContent(
    omitBackground ? page(size, inset).replace('background:#1f3a5f;', 'background:transparent;') : page(size, inset),
  );
  await tab.screenshot({ path: join(PROJECT_ROOT, 'assets/icons', `${name}.png`), omitBackground });
  await context.close();
}
await browser.close();
