/**
 * Bundle figures (issue 8): the production build's JavaScript, gzipped. "Initial" is what index.html
 * loads before any dynamic import (its module scripts and modulepreloads): Phaser must not be in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { build } from 'vite';
import type { Figure } from './figures';

export async function buildWeb(root: string, outDir: string): Promise<void> {
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
}

const gzKB = (file: string): number => gzipSync(readFileSync(file)).length / 1024;

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name));
}

/** The scripts index.html makes the browser fetch up front. */
function initialScripts(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  );
  return [...new Set(refs)].map((ref) => join(outDir, ref.replace(/^\//, '')));
}

const fixed = (value: number, target: number, name: string): Figure => ({
  name,
  value,
  spread: [value, value],
  unit: 'kB gz',
  target: `<= ${target}`,
  ok: value <= target,
});

export function bundleFigures(outDir: string): { figures: Figure[]; files: { file: string; gzKB: number }[] } {
  const files = jsFiles(outDir).map((file) => ({ file: relative(outDir, file), gzKB: gzKB(file) }));
  const initial = initialScripts(outDir).reduce((sum, file) => sum + gzKB(file), 0);
  const total = files.reduce((sum, f) => sum + f.gzKB, 0);
  return {
    figures: [fixed(initial, 60, 'initialJsGzKB'), fixed(total, 420, 'totalJsGzKB')],
    files: files.toSorted((a, b) => b.gzKB - a.gzKB),
  };
}
