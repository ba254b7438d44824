/**
 * Writes a screenshot of every screen at 1920×1080, 1280×720 and 390×844 to screenshots/ (git-ignored),
 * to look at before calling a screen done: `npm run -s screenshots`.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/support/chromium';
import { classroomShots } from './classroom-shots';
import { newScreens } from './screenshots-new';
import { savesShots } from './screenshots-saves';
import { newRound, onScreen, press, putAsideIfAsked, tableDrawn, toConsultations } from '../tests/browser/flow';

const SIZES = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1280x720', width: 1280, height: 720 },
  { name: '390x844', width: 390, height: 844 },
] as const;

const out = 'screenshots';
mkdirSync(out, { recursive: true });
// `npm run -s screenshots -- 390x844` limits the run to the sizes named; `classroom` to the classroom's
// screens, `new` to those of the history and campaign work (scripts/screenshots-new.ts), `saves` to the
// questions, kept saves and storage warning of issue 20 (scripts/screenshots-saves.ts).
const args = process.argv.slice(2);
const classroomOnly = args.includes('classroom');
const newOnly = args.includes('new');
const savesOnly = args.includes('saves');
const named = args.filter((a) => a !== 'classroom' && a !== 'new' && a !== 'saves');
const sizes = SIZES.filter((s) => named.length === 0 || named.includes(s.name));
await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] ?? '';
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });

async function shot(page: Page, size: string, screen: string, fullPage = false): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/${screen}-${size}.png`, fullPage });
}

for (const size of sizes) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    reducedMotion: 'no-preference',
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => process.stderr.write(`${size.name}: ${e.stack ?? e.message}\n`));
  await page.goto(url);
  await onScreen(page, 'menu');
  if (newOnly || savesOnly) {
    await (newOnly ? newScreens : savesShots)(page, size.name, shot);
    await context.close();
    continue;
  }
  await classroomShots(page, size.name, shot);
  if (classroomOnly) {
    await context.close();
    continue;
  }
  await page.goto(url);
  await onScreen(page, 'menu');
  await shot(page, size.name, '1-menu');
  await press(page, 'button', 'Settings');
  await shot(page, size.name, '2-settings');
  await press(page, 'button', 'Done');
  await press(page, 'button', 'Sources');
  await shot(page, size.name, '3-sources');
  await press(page, 'button', 'Back to the menu');
  await newRound(page);
  await shot(page, size.name, '4-briefing', true);
  await press(page, 'button', 'Take your seat at the table');
  await onScreen(page, 'table');
  await tableDrawn(page);
  await page.waitForTimeout(1200);
  await shot(page, size.name, '4-opening');
  await press(page, 'button', 'Back to the menu');
  await toConsultations(page);
  await tableDrawn(page);
  await press(page, 'button', /^Consult/);
  await press(page, 'button', /^Sound out/);
  await press(page, 'button', /^Recall/);
  await page.waitForTimeout(1200);
  await shot(page, size.name, '5-table');
  // The side panel scrolls on its own; unroll it to see all of it in one picture.
  await page.addStyleTag({
    content:
      '.table-screen { height: auto !important; overflow: visible !important; } .side { overflow: visible ' +
      '!important; }',
  });
  await shot(page, size.name, '5-table-full', true);
  await page.reload();
  await onScreen(page, 'menu');
  // Continue is enabled once the engine's worker has checked the save.
  await page.getByRole('button', { name: 'Continue' }).and(page.locator(':enabled')).waitFor();
  await press(page, 'button', 'Continue');
  await onScreen(page, 'table');
  await tableDrawn(page);
  await page.locator('.stage-wrap').screenshot({ path: `${out}/5-table-stage-${size.name}.png` });
  await page.getByRole('button', { name: /Help and shortcuts/ }).click();
  await shot(page, size.name, '6-help');
  await page.keyboard.press('Escape');
  await press(page, 'button', /^Call the plenary/);
  await onScreen(page, 'plenary');
  await tableDrawn(page);
  await page.waitForTimeout(1500);
  await shot(page, size.name, '7-plenary');
  await page.locator('.stage-wrap').screenshot({ path: `${out}/7-plenary-stage-${size.name}.png` });
  await press(page, 'button', 'Read the debrief');
  await onScreen(page, 'debrief');
  await page.locator('.chart-slot[data-charts="2"]').waitFor();
  await shot(page, size.name, '8-debrief', true);
  // A walk-out, replayed from a record: the government's red line (a transition clause) in the draft.
  const record = {
    format: 1,
    scenario: 'astana-01',
    contentHash: await page.evaluate(
      () => JSON.parse(localStorage.getItem('astana.save.v1') ?? '{}').record.contentHash as string,
    ),
    seed: '1',
    difficulty: 'normal',
    actions: ['start', 'proceed', 'edit political:3', 'edit us-role:2'],
  };
  await press(page, 'button', 'Back to the menu');
  await onScreen(page, 'menu');
  await page
    .locator('#record-file')
    .setInputFiles({ name: 'walkout.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(record)) });
  // A format-1 record has no integrity hash: the game asks before loading it, then before replacing the round.
  await press(page, 'button', 'Load it as it stands');
  await putAsideIfAsked(page, ['table']);
  await onScreen(page, 'table');
  await tableDrawn(page);
  await page.getByRole('combobox', { name: 'Delegation', exact: true }).selectOption('un');
  await press(page, 'button', /^Consult/);
  await page.getByRole('combobox', { name: 'Delegation', exact: true }).selectOption('government');
  await page.waitForTimeout(2500);
  await shot(page, size.name, '9-walkout');
  await page.locator('.stage-wrap').screenshot({ path: `${out}/9-walkout-stage-${size.name}.png` });
  await newScreens(page, size.name, shot);
  await savesShots(page, size.name, shot);
  await context.close();
  process.stdout.write(`${size.name}: done\n`);
}
await browser.close();
await server.close();
