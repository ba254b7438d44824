/**
 * Copies the game's fonts into assets/fonts/ from the Fontsource packages, with their licence (SIL OFL 1.1).
 * The woff2 files are committed, so `npm ci` fetches no fonts; to refresh them:
 *   npm install --no-save @fontsource/noto-sans@5.3.0 @fontsource/noto-sans-arabic@5.3.0
 *   npx tsx scripts/fonts.ts
 * Weights 400 and 700 only (600 is drawn with 700); Arabic's math and symbols subsets supply the arrows,
 * ticks and triangles the screens use. src/ui/fonts.css names each file with its unicode-range.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/cli/io';

const out = join(PROJECT_ROOT, 'assets/fonts');
const files: readonly [pkg: string, file: string][] = [
  ...['latin', 'latin-ext', 'cyrillic'].flatMap((subset) =>
    [400, 700].map((w): [string, string] => ['noto-sans', `noto-sans-${subset}-${w}-normal.woff2`]),
  ),
  ...[400, 700].map((w): [string, string] => ['noto-sans-arabic', `noto-sans-arabic-arabic-${w}-normal.woff2`]),
  ['noto-sans-arabic', 'noto-sans-arabic-math-400-normal.woff2'],
  ['noto-sans-arabic', 'noto-sans-arabic-symbols-400-normal.woff2'],
];

const dir = (pkg: string): string => join(PROJECT_ROOT, 'node_modules/@fontsource', pkg);
const missing = ['noto-sans', 'noto-sans-arabic'].filter((pkg) => !existsSync(dir(pkg)));
if (missing.length > 0) {
  process.stderr.write(
    `Install the font packages first (they are not dependencies): npm install --no-save ${missing
      .map((p) => `@fontsource/${p}@5.3.0`)
      .join(' ')}\n`,
  );
  process.exit(1);
}
mkdirSync(out, { recursive: true });
for (const [pkg, file] of files) copyFileSync(join(dir(pkg), 'files', file), join(out, file));
const licences = ['noto-sans', 'noto-sans-arabic'].map((pkg) => readFileSync(join(dir(pkg), 'LICENSE'), 'utf8'));
writeFileSync(
  join(out, 'OFL.txt'),
  `Noto Sans and Noto Sans Arabic, from the Fontsource packages @fontsource/noto-sans and\n@fontsource/noto-sans-arabic 5.3.0 (woff2 subsets, unmodified).\n\n${licences.join('\n\n')}`,
);
process.stdout.write(`${files.length} fonts and OFL.txt in assets/fonts\n`);
