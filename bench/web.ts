/**
 * The browser game's figures: JS sizes of the production build (gzipped), cold load to an interactive
 * menu, and the table's frame time while delegations react, in headless Chromium (never downloaded).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/support/chromium';
import { median, spread, type Figure } from './figures';

const RUNS = 3;

const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

function sizes(root: string): Figure[] {
  const dist = join(root, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // What the page loads before any dynamic import: the entry script and the chunks it preloads.
  const initial = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => join(dist, m[1] ?? ''));
  const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => join(dist, 'assets', f));
  const initialKb = initial.reduce((sum, f) => sum + gz(f), 0);
  const totalKb = all.reduce((sum, f) => sum + gz(f), 0);
  return [
    { name: 'initialJsGz', value: initialKb, spread: [initialKb, initialKb], unit: 'kB', target: '≤ 60 kB', ok: initialKb <= 60 },
    { name: 'totalJsGz', value: totalKb, spread: [totalKb, totalKb], unit: 'kB', target: '≤ 420 kB', ok: totalKb <= 420 },
  ];
}

export async function webFigures(root: string): Promise<Figure[]> {
  await build({ root, logLevel: 'error' });
  const figures = sizes(root);
  const server = await preview({ root, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0] ?? '';
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const loads: number[] = [];
    const p95s: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(url);
      const newRound = page.getByRole('button', { name: 'New round' });
      await newRound.waitFor();
      loads.push(await page.evaluate(() => performance.now()));
      await newRound.click();
      await page.getByRole('button', { name: 'Take your seat at the table' }).click();
      await page.getByRole('button', { name: 'Open the consultations' }).click();
      await page.waitForFunction(() => (Reflect.get(window, '__astana') as { frameTimes(): number[] }).frameTimes().length > 30);
      // Reactions: each move sets off nods, frowns and speech bubbles at the table.
      for (const move of [/^Consult/, /^Sound out/, /^Shuttle/, /^Caucus/]) await page.getByRole('button', { name: move }).click();
      await page.waitForTimeout(3000);
      const frames = await page.evaluate(() => (Reflect.get(window, '__astana') as { frameTimes(): number[] }).frameTimes());
      const sorted = frames.toSorted((a, b) => a - b);
      p95s.push(sorted[Math.floor(sorted.length * 0.95)] ?? 0);
      await context.close();
    }
    const load = median(loads);
    const p95 = median(p95s);
    figures.push(
      { name: 'coldLoadToMenu', value: load, spread: spread(loads), unit: 'ms', target: '< 2500 ms', ok: load < 2500 },
      { name: 'tableFrameP95', value: p95, spread: spread(p95s), unit: 'ms', target: '≤ 16.7 ms', ok: p95 <= 16.7 },
    );
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}
