import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openGame, type Session } from './browser';
import { confirmWith, onScreen, settled, state, tableDrawn, toConsultations } from './flow';
import { tap } from './table';

/** The result of the last move is on the screen (not scrolled away) and says `text`. */
async function resultShown(page: Page, text: RegExp): Promise<void> {
  const result = page.getByRole('status', { name: 'Result of your last move' });
  await expect.poll(() => result.textContent()).toMatch(text);
  const box = await result.boundingBox();
  const viewport = page.viewportSize();
  expect(box).not.toBeNull();
  const inside = (box?.y ?? -1) >= 0 && (box?.y ?? 0) + (box?.height ?? 0) <= (viewport?.height ?? 0);
  expect(inside, `the result at ${JSON.stringify(box)} in ${JSON.stringify(viewport)}`).toBe(true);
}

/** Makes a move by its key with the focus on the delegation list; returns the new state id. */
async function move(page: Page, key: string): Promise<number> {
  const before = (await state(page)).stateId ?? 0;
  await page.getByRole('combobox', { name: 'Delegation', exact: true }).focus();
  await page.keyboard.press(key);
  await settled(page);
  await expect.poll(async () => (await state(page)).stateId).toBe(before + 1);
  return before + 1;
}

async function edit(page: Page, wording: string): Promise<void> {
  await page.getByRole('combobox', { name: 'New wording' }).selectOption(wording);
  await page.getByRole('button', { name: /^Put in the draft/ }).focus();
  await page.keyboard.press('Enter');
  await settled(page);
}

describe('nothing ends by accident (issue 17)', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('says each result on a phone, warns at two hours and at the last move, and asks before a move ends the talks', async () => {
    session = await openGame('/', { width: 390, height: 844 });
    const { page } = session;
    await toConsultations(page);
    await tableDrawn(page);
    const clock = page.locator('.clock-warning');

    // A move made at the table: its result just under the table, on the screen.
    await page.evaluate(() => window.scrollTo(0, 0));
    await tap(page, 'seat:russia');
    await tap(page, 'card:consult');
    await resultShown(page, /Russia/);
    // A move made in the panel, further down: the result stays on the screen.
    await move(page, 'c');
    await resultShown(page, /Russia/);
    expect(await clock.isHidden()).toBe(true);

    // Fourteen hours of consulting: the clock warns at two hours left, beside the clock and in the result.
    for (let i = 2; i < 14; i += 1) await move(page, 'c');
    await expect.poll(() => clock.textContent()).toBe('Two hours left.');
    await resultShown(page, /Two hours left\./);
    await move(page, 'c');

    // An hour left: a consultation would end the talks, so it asks; "Not yet" keeps talking.
    let id = (await state(page)).stateId;
    await page.getByRole('combobox', { name: 'Delegation', exact: true }).focus();
    await page.keyboard.press('c');
    await confirmWith(page, 'This move ends the talks', 'Not yet');
    expect((await state(page)).stateId).toBe(id);
    expect(await page.getByRole('dialog').count()).toBe(0);

    // Half an hour of sounding out, then a quarter hour of editing: one move's time is left.
    await move(page, 's');
    await page.getByRole('combobox', { name: 'Clause to edit' }).selectOption('ceasefire');
    await edit(page, '2');
    await expect.poll(() => clock.textContent()).toMatch(/^Time for one last move/);
    await resultShown(page, /Time for one last move/);

    // The last move asks, and ends the talks when the player says so.
    id = (await state(page)).stateId;
    await edit(page, '3');
    await confirmWith(page, 'This move ends the talks', 'Make the move and end the talks');
    await onScreen(page, 'plenary');
    expect(await page.getByRole('list', { name: 'Table log' }).textContent()).toContain('Time is up');
    expect(session.errors).toEqual([]);
  });
});
