import { AxeBuilder } from '@axe-core/playwright';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/io';
import { CHROMIUM_ARGS } from '../support/chromium';
import { spawnServer, tempDir, type ServerProcess } from '../server/process';
import { hiddenGoalTexts, leaked, SEED } from './classroom-flow';
import { onScreen, press, tableDrawn } from './flow';

/**
 * Issue 15 in the browser: the classroom server serves the built game; the teacher opens a room from the
 * set-up form, and a projector page and two students' phones join it in contexts of their own. Each page
 * shows only what its seat may know, and everything is done by keyboard and accessible names.
 */
let server: ServerProcess;
let browser: Browser;
let dataDir: string;
const errors: string[] = [];

beforeAll(async () => {
  dataDir = tempDir('browser-data');
  server = await spawnServer({ DATA_DIR: dataDir, DIST_DIR: join(PROJECT_ROOT, 'dist') });
  browser = await chromium.launch({ executablePath: inject('chromium'), args: CHROMIUM_ARGS, headless: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function device(path: string, phone: boolean): Promise<Page> {
  const context = await browser.newContext({
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 720 },
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`http://127.0.0.1:${server.port}/${path}`);
  return page;
}

async function joinAs(page: Page, seat: RegExp, name: string | null): Promise<void> {
  await onScreen(page, 'join');
  const radio = page.getByRole('radio', { name: seat });
  await radio.focus();
  await page.keyboard.press('Space');
  if (name !== null) await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await press(page, 'button', 'Join');
}

async function serious(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe('a networked classroom in the browser (issue 15)', () => {
  it('a projector and two seats on their own devices; each sees only its own, the teacher steers', async () => {
    const teacher = await device('', false);
    await onScreen(teacher, 'menu');
    await press(teacher, 'button', /^Classroom$/);
    await onScreen(teacher, 'classroom');
    for (const [name, students] of [
      ['Iran', 'Ben'],
      ['Russia', 'Ana'],
    ] as const) {
      await teacher.getByRole('combobox', { name: `${name}: Played by` }).selectOption('human');
      await teacher.getByRole('textbox', { name: `${name}: Students' names` }).fill(students);
    }
    await teacher.getByRole('textbox', { name: /^Seed/ }).fill(SEED);
    await press(teacher, 'button', 'Run on this network');
    await onScreen(teacher, 'classroom-room');
    await teacher.getByRole('img', { name: /^QR code to join the room/ }).waitFor();
    const code = ((await teacher.locator('.join-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z2-9]{5}$/);

    const projector = await device(`?join=${code}`, false);
    await joinAs(projector, /^Projector/, null);
    await onScreen(projector, 'projector');
    const iran = await device(`?join=${code}`, true);
    await joinAs(iran, /^Iran/, 'Ben');
    await onScreen(iran, 'seat');
    const russia = await device(`?join=${code}`, true);
    // A seat kept for other students is refused with the server's reason; the student's own is taken.
    await joinAs(russia, /^Iran/, 'Ana');
    await russia.getByRole('alert').filter({ hasText: 'kept for the students the teacher named' }).waitFor();
    await joinAs(russia, /^Russia/, 'Ana');
    await onScreen(russia, 'seat');
    await teacher.getByRole('listitem').filter({ hasText: 'Iran — Ben' }).waitFor();
    await teacher.getByRole('listitem').filter({ hasText: 'Russia — Ana' }).waitFor();

    await press(teacher, 'button', 'Open the table');
    await onScreen(teacher, 'briefing');
    await press(teacher, 'button', 'Take your seat at the table');
    await onScreen(teacher, 'table');
    await press(teacher, 'button', 'Open the consultations');
    await tableDrawn(projector);

    // The mediator (the teacher's device) sounds out Iran; Iran's students answer on their own phone.
    await teacher.getByRole('combobox', { name: 'Delegation', exact: true }).selectOption('iran');
    await press(teacher, 'button', /^Sound out/);
    await iran.getByRole('button', { name: 'Accept' }).waitFor();
    await press(iran, 'button', 'Accept');
    await iran.getByText('No question waits for you.').waitFor();
    // Russia speaks to the table: the projector shows it, a public line.
    await russia
      .getByRole('textbox', { name: 'A statement to the table (one line)' })
      .fill('Moscow wants a ceasefire.');
    await press(russia, 'button', 'Say it');
    await projector.locator('#log-list').getByText('Russia (students): “Moscow wants a ceasefire.”').waitFor();

    // Each reads its own role card and nothing of the other's; the projector reads neither.
    for (const page of [iran, russia]) {
      const summary = page.getByText('Your role card');
      await summary.focus();
      await page.keyboard.press('Enter');
    }
    const iranSecrets = hiddenGoalTexts('iran', ['russia']);
    const russiaSecrets = hiddenGoalTexts('russia', ['iran']);
    expect(iranSecrets.length + russiaSecrets.length).toBeGreaterThan(0);
    await expect.poll(() => leaked(iran, iranSecrets)).toEqual(iranSecrets);
    expect(await leaked(iran, russiaSecrets)).toEqual([]);
    expect(await leaked(russia, iranSecrets)).toEqual([]);
    expect(await leaked(projector, [...iranSecrets, ...russiaSecrets])).toEqual([]);

    // The teacher pauses the lesson: the seats see it and their moves are refused until it resumes.
    await press(teacher, 'button', 'Pause the lesson');
    await russia.getByText(/Lesson time: .* — Paused/).waitFor();
    await russia.getByRole('textbox', { name: 'A statement to the table (one line)' }).fill('Still here.');
    await press(russia, 'button', 'Say it');
    await russia.getByText('The teacher has paused the lesson').waitFor();
    await press(teacher, 'button', 'Resume the lesson');
    await projector.getByText(/Lesson time: \d\d:\d\d of 45:00$/).waitFor();

    for (const [page, name] of [
      [projector, 'projector'],
      [iran, 'seat'],
    ] as const)
      expect(await serious(page), name).toEqual([]);
    expect(errors).toEqual([]);
  });
});
