import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openGame, type Session } from './browser';
import { onScreen, press, putAsideIfAsked, state, tableDrawn, toConsultations } from './flow';
import { startingWith, wordsOf } from './locale-flow';

/** Waits until the service worker has precached the build and controls the page. */
async function installed(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller === null)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
  });
}

describe('offline after the first visit (issue 19)', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('reloads with the network off and plays a move, then speaks Arabic from what it kept', async () => {
    session = await openGame();
    const { page, context } = session;
    await onScreen(page, 'menu');
    await installed(page);
    await context.setOffline(true);
    expect(
      await page.evaluate(() =>
        fetch('/').then(
          () => 'cached',
          () => 'refused',
        ),
      ),
    ).toBe('cached');
    await page.reload();
    await onScreen(page, 'menu');
    await toConsultations(page);
    await tableDrawn(page);
    const before = (await state(page)).stateId ?? 0;
    await press(page, 'button', /^Consult/);
    await expect.poll(async () => (await state(page)).stateId).toBe(before + 1);

    // Another language offline: its catalogue and scenario texts come from the service worker's cache.
    const ar = wordsOf('ar');
    await press(page, 'button', 'Back to the menu');
    await press(page, 'button', 'Settings');
    await onScreen(page, 'settings');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await page.getByRole('heading', { level: 1, name: ar('ui.settings.heading') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await press(page, 'button', ar('ui.settings.done'));
    await onScreen(page, 'menu');
    await press(page, 'button', ar('ui.menu.new'));
    // The English round in progress is put aside first, the question asked in Arabic (issue 20).
    await page.getByRole('alertdialog', { name: ar('ui.replace.title') }).waitFor();
    await putAsideIfAsked(page, ['briefing'], ar('ui.replace.confirm'));
    await onScreen(page, 'briefing');
    expect(await page.locator('.agenda').textContent()).toContain('وقف إطلاق النار');
    await press(page, 'button', ar('ui.briefing.start'));
    await onScreen(page, 'table');
    await press(page, 'button', ar('ui.table.proceed'));
    await page.waitForFunction(
      () => (Reflect.get(window, '__astana') as { state(): { phase: string } }).state().phase === 'consultations',
    );
    const opened = (await state(page)).stateId ?? 0;
    await press(page, 'button', startingWith(ar('ui.actions.consult')));
    await expect.poll(async () => (await state(page)).stateId).toBe(opened + 1);
    expect(await page.getByRole('list', { name: ar('ui.log.heading') }).textContent()).toMatch(
      /يُطلعك وفد|تتشاور مع وفد/,
    );

    // The one-device classroom opens offline too.
    await press(page, 'button', ar('ui.back'));
    await press(page, 'button', ar('ui.menu.classroom'));
    await onScreen(page, 'classroom');
    await press(page, 'button', ar('ui.classroom.start'));
    await putAsideIfAsked(page, ['handover'], ar('ui.replace.confirm'));
    await onScreen(page, 'handover');
    expect(session.errors).toEqual([]);
  });

  it('remembers the language chosen in Settings across a reload', async () => {
    session = await openGame();
    const { page } = session;
    await onScreen(page, 'menu');
    await press(page, 'button', 'Settings');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    const ru = wordsOf('ru');
    await page
      .getByRole('status')
      .filter({ hasText: ru('ui.settings.saved') })
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('language');
    await page.reload();
    await onScreen(page, 'menu');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.getByRole('button', { name: ru('ui.menu.new') }).waitFor();
  });
});
