/**
 * The screens of issue 13 at 1280×720 and 390×844 in screenshots/ (git-ignored), to look at before calling
 * them done: `npx tsx scripts/why-shots.ts`. The walk-out round of the browser test: the editor's warning,
 * the dossier with its reasons, Recall's note, the log, the plenary, the debrief and the expert's gains.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { onScreen, press, settled, tableDrawn } from '../tests/browser/flow';
import { chooseEdit, loadRecord, pickDelegation, recordOf, recordWith, walkOut } from '../tests/browser/why-flow';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/support/chromium';

const SIZES = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '390x844', width: 390, height: 844 },
] as const;
const out = 'screenshots';
mkdirSync(out, { recursive: true });
await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  for (const size of SIZES) {
    // The page's CSP forbids inline styles; the picture of the unrolled side panel needs one.
    const context = await browser.newContext({ viewport: size, reducedMotion: 'no-preference', bypassCSP: true });
    const page = await context.newPage();
    page.on('pageerror', (e) => process.stderr.write(`${size.name}: ${e.stack ?? e.message}\n`));
    const shot = async (name: string, fullPage = false) => {
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${out}/why-${name}-${size.name}.png`, fullPage });
    };
    await page.goto(server.resolvedUrls?.local[0] ?? '');
    await loadRecord(page, recordOf('start', 'proceed'));
    await tableDrawn(page);
    await chooseEdit(page, 'us-role', 2);
    await settled(page);
    await page.locator('#edit-objections').scrollIntoViewIfNeeded();
    await shot('1-editor');
    await walkOut(page);
    await pickDelegation(page, 'Iran');
    await page.locator('#recall-note').scrollIntoViewIfNeeded();
    await shot('2-recall');
    await page.getByRole('region', { name: 'Dossier: Iran' }).scrollIntoViewIfNeeded();
    await shot('3-dossier');
    // The side panel scrolls on its own; unrolled, the whole dossier and log are in one picture each.
    const unroll = await page.addStyleTag({
      content:
        '.table-screen { height: auto !important; overflow: visible !important; } .side { overflow: visible !important; }',
    });
    await page
      .getByRole('region', { name: 'Dossier: Iran' })
      .screenshot({ path: `${out}/why-3-dossier-panel-${size.name}.png` });
    await page.getByRole('list', { name: 'Table log' }).screenshot({ path: `${out}/why-4-log-${size.name}.png` });
    // A seated delegation: its mood, and the hint that goals, not mood, decide a signature.
    await pickDelegation(page, 'Turkey');
    await page
      .getByRole('region', { name: 'Dossier: Turkey' })
      .screenshot({ path: `${out}/why-3-dossier-turkey-${size.name}.png` });
    await unroll.evaluate((node) => (node as Element).remove());
    await press(page, 'button', /^Call the plenary/);
    await onScreen(page, 'plenary');
    await tableDrawn(page);
    await shot('5-plenary');
    await shot('5-plenary-full', true);
    await press(page, 'button', 'Read the debrief');
    await onScreen(page, 'debrief');
    for (const d of await page.locator('details.why-detail').all()) await d.locator('summary').click();
    await shot('6-debrief', true);
    for (const [part, selector] of [
      ['answers', '.debrief ul.decisions'],
      ['score', '.debrief .score'],
    ] as const)
      await page
        .locator(selector)
        .first()
        .screenshot({ path: `${out}/why-6-debrief-${part}-${size.name}.png` });
    // A round the guarantors sign, so the expert's table has gains and the goals behind them.
    await page.goto(server.resolvedUrls?.local[0] ?? '');
    await loadRecord(page, recordOf('start', 'proceed', 'plenary'), 'debrief');
    await page.locator('.expert-body[data-charts="1"]').waitFor({ timeout: 60_000 });
    await page.locator('section.expert').screenshot({ path: `${out}/why-7-expert-${size.name}.png` });
    // A classroom round's seat report: the government's students refused a text crossing its red line.
    await page.goto(server.resolvedUrls?.local[0] ?? '');
    const actions = ['start', 'proceed', 'edit political:3', 'plenary', 'decide government refuses'];
    await loadRecord(page, recordWith({ government: 'human' }, ...actions), 'debrief');
    await press(page, 'button', 'Seat reports for grading');
    await onScreen(page, 'reports');
    await page
      .getByRole('article', { name: 'Report: Syrian government' })
      .screenshot({ path: `${out}/why-8-report-${size.name}.png` });
    await context.close();
    process.stdout.write(`${size.name}: done\n`);
  }
} finally {
  await browser.close();
  await server.close();
}
