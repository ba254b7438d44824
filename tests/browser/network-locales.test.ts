import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/io';
import { CHROMIUM_ARGS } from '../support/chromium';
import { spawnServer, tempDir, type ServerProcess } from '../server/process';
import { SEED } from './classroom-flow';
import { onScreen, press, tableDrawn } from './flow';
import { rootLanguage, serious, wordsOf } from './locale-flow';

/**
 * Issue 19 over issue 15: the networked classroom's own screens (the teacher's room, the join screen, a
 * student's seat and the projector) in all three languages, by keyboard, with axe finding nothing serious.
 */
let server: ServerProcess;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = tempDir('browser-locales');
  server = await spawnServer({ DATA_DIR: dataDir, DIST_DIR: join(PROJECT_ROOT, 'dist') });
  browser = await chromium.launch({ executablePath: inject('chromium'), args: CHROMIUM_ARGS, headless: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe.each(['en', 'ru', 'ar'] as const)('the networked classroom in %s', (locale) => {
  const t = wordsOf(locale);
  const errors: string[] = [];

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

  async function joinAs(page: Page, seat: string, name: string | null): Promise<void> {
    await onScreen(page, 'join');
    const radio = page.getByRole('radio', { name: seat });
    await radio.focus();
    await page.keyboard.press('Space');
    if (name !== null) await page.getByRole('textbox', { name: t('ui.network.nameField') }).fill(name);
    await press(page, 'button', t('ui.network.joinButton'));
  }

  it('opens a room, joins a projector and a seat, and has no serious axe violations on any of them', async () => {
    const found: string[] = [];
    const iran = t('roundContext.name.iran');
    const teacher = await device(`?lang=${locale}`, false);
    await onScreen(teacher, 'menu');
    expect(await rootLanguage(teacher)).toEqual({ lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr' });
    await press(teacher, 'button', new RegExp(`^${t('ui.menu.classroom')}$`));
    await onScreen(teacher, 'classroom');
    await teacher.getByRole('combobox', { name: `${iran}: ${t('ui.classroom.playedBy')}` }).selectOption('human');
    await teacher.getByRole('textbox', { name: /^Seed|^Сид|^البذرة/ }).fill(SEED);
    await press(teacher, 'button', t('ui.network.run'));
    await onScreen(teacher, 'classroom-room');
    await teacher.getByRole('img', { name: new RegExp(`^${t('ui.network.qrLabel', { code: '' }).trim()}`) }).waitFor();
    found.push(...(await serious(teacher, 'room')));
    const code = ((await teacher.locator('.join-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z2-9]{5}$/);

    const projector = await device(`?join=${code}&lang=${locale}`, false);
    await onScreen(projector, 'join');
    expect(await rootLanguage(projector)).toEqual({ lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr' });
    found.push(...(await serious(projector, 'join')));
    await joinAs(projector, t('ui.network.projectorChoice'), null);
    await onScreen(projector, 'projector');
    const student = await device(`?join=${code}&lang=${locale}`, true);
    await joinAs(student, t('ui.network.freeSeat', { delegation: iran }), 'Ben');
    await onScreen(student, 'seat');

    await press(teacher, 'button', t('ui.network.openTable'));
    await onScreen(teacher, 'briefing');
    await press(teacher, 'button', t('ui.briefing.start'));
    await onScreen(teacher, 'table');
    await press(teacher, 'button', t('ui.table.proceed'));
    await tableDrawn(projector);
    await student.getByRole('heading', { name: t('ui.network.seatHeading', { delegation: iran }) }).waitFor();
    found.push(...(await serious(projector, 'projector')));
    found.push(...(await serious(student, 'seat')));
    found.push(...(await serious(teacher, 'networked console')));
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });
});
