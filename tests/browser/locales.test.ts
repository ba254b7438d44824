import { afterEach, describe, expect, it } from 'vitest';
import { openGame, type Session } from './browser';
import { confirmWith, onScreen, press, state, tableDrawn } from './flow';
import { rootLanguage, serious, startingWith, toTable, wordsOf } from './locale-flow';

const BROWSER_LOCALE = { ru: 'ru-RU', ar: 'ar-EG' } as const;

describe.each(['ru', 'ar'] as const)('a round in %s, by keyboard', (locale) => {
  const t = wordsOf(locale);
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('follows the browser language, reads the page in its direction, and plays to the debrief with axe clean', async () => {
    session = await openGame('/', undefined, { locale: BROWSER_LOCALE[locale] });
    const { page } = session;
    const found: string[] = [];
    await onScreen(page, 'menu');
    expect(await rootLanguage(page)).toEqual({ lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr' });
    expect(await page.title()).toBe(t('ui.title'));
    await page.getByRole('heading', { level: 1, name: t('ui.title') }).waitFor();
    found.push(...(await serious(page, 'menu')));
    await press(page, 'button', t('ui.menu.settings'));
    await onScreen(page, 'settings');
    found.push(...(await serious(page, 'settings')));
    await press(page, 'button', t('ui.settings.done'));
    await onScreen(page, 'menu');

    await toTable(page, t, found);
    await tableDrawn(page);
    // The scenario's own texts are in the locale too: a clause's title in the moves form.
    const clauses = await page.getByRole('combobox', { name: t('ui.actions.clause'), exact: true }).textContent();
    expect(clauses).toContain(locale === 'ru' ? 'Перемирие' : 'وقف إطلاق النار');
    // Arabic: the panels on the start side, which is the right.
    const side = await page.locator('.table-screen .side').boundingBox();
    const stage = await page.locator('.table-screen .stage-wrap').boundingBox();
    if (side === null || stage === null) throw new Error('no panel or stage');
    if (locale === 'ar') expect(side.x).toBeGreaterThan(stage.x);
    else expect(side.x).toBeGreaterThan(stage.x + stage.width - 1);

    const before = (await state(page)).stateId ?? 0;
    await press(page, 'button', startingWith(t('ui.actions.consult')));
    await expect.poll(async () => (await state(page)).stateId).toBe(before + 1);
    await press(page, 'button', startingWith(t('ui.actions.sound')));
    await expect.poll(async () => (await state(page)).stateId).toBe(before + 2);
    found.push(...(await serious(page, 'table')));
    // A shortcut on the locale's own keyboard layout: G's key prints "п" in Russian and "ل" in Arabic.
    await page.evaluate(
      (key) => {
        (document.activeElement as HTMLElement | null)?.blur();
        document.dispatchEvent(new KeyboardEvent('keydown', { key, code: 'KeyG', bubbles: true }));
      },
      locale === 'ru' ? 'п' : 'ل',
    );
    await expect.poll(async () => (await state(page)).stateId).toBe(before + 3);
    const log = await page.getByRole('list', { name: t('ui.log.heading') }).textContent();
    expect(log).toMatch(locale === 'ru' ? /[а-я]{4}/ : /[\u0600-\u06ff]{4}/);

    await press(page, 'button', t('ui.help.open'));
    await page.getByRole('dialog', { name: t('ui.help.heading') }).waitFor();
    found.push(...(await serious(page, 'help')));
    await page.keyboard.press('Escape');

    await press(page, 'button', startingWith(t('ui.actions.plenary')));
    await confirmWith(page, t('ui.confirmPlenary.title'), t('ui.confirmPlenary.confirm'));
    await onScreen(page, 'plenary');
    found.push(...(await serious(page, 'plenary')));
    await press(page, 'button', t('ui.plenary.toDebrief'));
    await onScreen(page, 'debrief');
    await page.locator('.chart-slot[data-charts="2"]').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(startingWith(t('ui.debrief.heading')));
    found.push(...(await serious(page, 'debrief')));
    expect(found).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe.each(['en', 'ru', 'ar'] as const)('every other screen in %s, by keyboard', (locale) => {
  const t = wordsOf(locale);
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('has no serious or critical axe violations on the note, sources, campaign and classroom screens', async () => {
    session = await openGame(`/?lang=${locale}`);
    const { page } = session;
    const found: string[] = [];
    await onScreen(page, 'menu');
    await press(page, 'button', t('contentNote.title'));
    await onScreen(page, 'content-note');
    found.push(...(await serious(page, 'content note')));
    await press(page, 'button', t('contentNote.back'));
    await onScreen(page, 'menu');
    await press(page, 'button', t('ui.menu.sources'));
    await onScreen(page, 'sources');
    found.push(...(await serious(page, 'sources')));
    await press(page, 'button', t('ui.back'));
    await press(page, 'button', t('ui.menu.campaign'));
    await onScreen(page, 'campaign');
    found.push(...(await serious(page, 'campaign')));
    await press(page, 'button', t('ui.back'));
    await press(page, 'button', t('ui.menu.classroom'));
    await onScreen(page, 'classroom');
    const iran = t('roundContext.name.iran');
    await page.getByRole('combobox', { name: `${iran}: ${t('ui.classroom.playedBy')}` }).selectOption('human');
    found.push(...(await serious(page, 'classroom set-up')));
    // The role cards are printed from the set-up form, before the hand-over (issue 16).
    await press(page, 'button', t('ui.classroom.printFirst'));
    await onScreen(page, 'role-cards');
    found.push(...(await serious(page, 'role cards to print')));
    await press(page, 'button', t('ui.classroom.toHandover'));
    await onScreen(page, 'handover');
    found.push(...(await serious(page, 'hand-over')));
    await onScreen(page, 'handover');
    await press(page, 'button', t('ui.classroom.reveal', { delegation: iran }));
    await page.getByRole('heading', { name: t('ui.classroom.cardHeading', { delegation: iran }) }).waitFor();
    found.push(...(await serious(page, 'role card')));
    await press(page, 'button', t('ui.classroom.hide'));
    await press(page, 'button', t('ui.classroom.toBriefing'));
    await onScreen(page, 'briefing');
    await press(page, 'button', t('ui.briefing.start'));
    await onScreen(page, 'table');
    await press(page, 'button', t('ui.table.proceed'));
    await page.getByRole('region', { name: t('ui.classroom.console') }).waitFor();
    found.push(...(await serious(page, 'console')));
    await press(page, 'button', t('ui.classroom.seatTurn', { delegation: iran }));
    await press(page, 'button', t('ui.classroom.reveal', { delegation: iran }));
    await page
      .getByRole('dialog')
      .getByRole('heading', { name: t('ui.classroom.turnHeading', { delegation: iran }) })
      .waitFor();
    found.push(...(await serious(page, 'seat turn')));
    await press(page, 'button', t('ui.classroom.hideBack'));
    await press(page, 'button', t('ui.classroom.forcePlenary'));
    await confirmWith(page, t('ui.confirmPlenary.title'), t('ui.confirmPlenary.confirm'));
    await onScreen(page, 'plenary');
    found.push(...(await serious(page, 'plenary waiting')));
    await press(page, 'button', t('ui.classroom.handToAi', { delegation: iran }));
    await press(page, 'button', t('ui.plenary.toDebrief'));
    await onScreen(page, 'debrief');
    await page.locator('.chart-slot[data-charts="2"]').waitFor();
    found.push(...(await serious(page, 'classroom debrief')));
    await press(page, 'button', t('ui.classroom.reports'));
    await onScreen(page, 'reports');
    found.push(...(await serious(page, 'seat reports')));
    expect(found).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
