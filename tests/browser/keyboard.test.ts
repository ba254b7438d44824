import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openGame, type Session } from './browser';
import { newRound, onScreen, press, settled, state, tableDrawn } from './flow';
import { inspect } from './table';

/** What has the focus: never the page's body. */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (a === null || a === document.body) return 'BODY';
    return `${a.tagName.toLowerCase()}${a.id === '' ? '' : `#${a.id}`} ${a.getAttribute('name') ?? ''} ${a.textContent?.slice(0, 30) ?? ''}`.trim();
  });

const key = async (page: Page, k: string): Promise<void> => {
  await page.keyboard.press(k);
  await settled(page);
  expect(await focused(page)).not.toBe('BODY');
};

describe('a round played by keyboard only (issue 17)', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('keeps the focus on the page, takes move keys in lists, replays a line, and asks before the plenary', async () => {
    session = await openGame();
    const { page } = session;
    await newRound(page);
    await press(page, 'button', 'Take your seat at the table');
    await onScreen(page, 'table');
    await tableDrawn(page);
    // The opening's button goes when the consultations open: the focus goes to the moves, not to the body.
    await press(page, 'button', 'Open the consultations');
    await page.waitForFunction(
      () => (Reflect.get(window, '__astana') as { state(): { phase: string } }).state().phase === 'consultations',
    );
    expect(await focused(page)).toContain('Your moves');

    // A move key works while a list has the focus, and does not pick the option that starts with its letter.
    const who = page.getByRole('combobox', { name: 'Delegation', exact: true });
    await who.focus();
    await key(page, 'ArrowDown');
    expect(await who.inputValue()).toBe('turkey');
    let before = (await state(page)).stateId ?? 0;
    await key(page, 'c');
    await expect.poll(async () => (await state(page)).stateId).toBe(before + 1);
    expect(await who.inputValue()).toBe('turkey');
    expect(await focused(page)).toContain('select');
    // The ring at the table follows the chosen delegation.
    expect((await inspect(page)).selected).toBe('turkey');
    const clause = page.getByRole('combobox', { name: 'Clause', exact: true });
    await clause.focus();
    before = (await state(page)).stateId ?? 0;
    await key(page, 's');
    await expect.poll(async () => (await state(page)).stateId).toBe(before + 1);
    expect(await clause.inputValue()).toBe('ceasefire');

    // The result is said in a live region.
    const result = page.getByRole('status', { name: 'Result of your last move' });
    await expect.poll(() => result.textContent()).toMatch(/Turkey (could accept|asks for|rejects)/);

    // L goes to the log; the arrow keys move through its lines; Enter shows a line again at the table.
    await key(page, 'l');
    expect(await focused(page)).toContain('button');
    await key(page, 'ArrowUp');
    await key(page, 'ArrowUp');
    await key(page, 'Enter');
    const replayed = await inspect(page);
    expect(replayed.bubble?.replay).toBe(true);
    const lines = await page.getByRole('list', { name: 'Table log' }).getByRole('listitem').count();
    expect(replayed.bubble?.index).toBe(lines - 3);

    // Help lists every key.
    await key(page, '?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    // It opens on its title, at its top, not scrolled down to the Close button.
    expect(await focused(page)).toContain('h2#help-title');
    expect(await help.evaluate((d) => d.scrollTop)).toBe(0);
    const keys = await help.locator('kbd').allTextContents();
    expect(keys).toEqual(['?', 'C', 'S', 'T', 'A', 'G', 'R', 'E', 'D', 'L', 'P']);
    await key(page, 'Escape');
    await help.waitFor({ state: 'hidden' });

    // E goes to the draft editor; a wording goes in by keyboard.
    await key(page, 'e');
    expect(await focused(page)).toContain('edit-clause');
    await key(page, 'ArrowDown');
    await page.getByRole('combobox', { name: 'New wording' }).focus();
    await key(page, 'ArrowDown');
    await key(page, 'ArrowDown');
    before = (await state(page)).stateId ?? 0;
    await press(page, 'button', /^Put in the draft/);
    await expect.poll(async () => (await state(page)).stateId).toBe(before + 1);

    // P asks first; Escape keeps talking, with the focus where it was.
    await who.focus();
    before = (await state(page)).stateId ?? 0;
    await key(page, 'p');
    const ask = page.getByRole('alertdialog', { name: 'Call the plenary now?' });
    await ask.waitFor();
    expect(await focused(page)).toContain('Keep talking');
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'detached' });
    expect(await focused(page)).toContain('select');
    expect((await state(page)).stateId).toBe(before);
    // Then yes, by Tab and Enter.
    await key(page, 'p');
    await ask.waitFor();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toContain('Table the draft');
    await page.keyboard.press('Enter');
    await onScreen(page, 'plenary');
    await settled(page);
    expect(await focused(page)).not.toBe('BODY');
    await press(page, 'button', 'Read the debrief');
    await onScreen(page, 'debrief');
    expect(session.errors).toEqual([]);
  });
});
