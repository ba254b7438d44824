import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openGame, type Session } from './browser';
import { fillSetup, hiddenGoalTexts, leaked, seatTurn, setUpLesson } from './classroom-flow';
import { onScreen, press, tableDrawn } from './flow';

/** Issue 16: role cards are the teacher's, printed from the set-up, one page each on A4 and on Letter. */

const FIVE = {
  Russia: 'Anya, Boris',
  Turkey: 'Cem',
  Iran: 'Dara',
  'Syrian government': 'Elif, Farid',
  'Syrian armed opposition': 'Gul',
};

/** Pages in a PDF as Chromium writes it: one page object each. */
async function printedPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
  const pdf = (await page.pdf({ format })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page\b/g) ?? []).length;
}

describe('printable role cards (issue 16)', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('prints five cards on five pages, A4 and Letter, each marked with its delegation and "Confidential"', async () => {
    session = await openGame();
    const { page } = session;
    await fillSetup(page, FIVE);
    await press(page, 'button', 'Set up and print the role cards first');
    await onScreen(page, 'role-cards');
    const sheets = page.locator('.card-sheet');
    await expect.poll(() => page.locator('.card-sheet .role-card').count()).toBe(5);
    const marks = await sheets.locator('.print-mark').allTextContents();
    expect(marks).toHaveLength(5);
    for (const [i, name] of Object.keys(FIVE).entries()) {
      expect(
        marks.find((m) => m.startsWith(`${name} ·`)),
        name,
      ).toBeDefined();
      expect(marks[i]).toContain('Confidential');
    }
    expect(await printedPages(page, 'A4')).toBe(5);
    expect(await printedPages(page, 'Letter')).toBe(5);
    // From the cards the teacher goes on to the hand-over, which has no way to print them.
    await press(page, 'button', 'Go on to the hand-over');
    await onScreen(page, 'handover');
    expect(session.errors).toEqual([]);
  });

  it('gives the hand-over screen no way to print the cards', async () => {
    session = await openGame();
    const { page } = session;
    await setUpLesson(page, { Iran: 'Ali', 'Syrian armed opposition': 'Nur' });
    await press(page, 'button', "Press to reveal Iran's role card");
    await page.getByRole('heading', { name: 'Confidential: Iran' }).waitFor();
    const controls = await page.locator('button, a, [role="button"], [role="link"]').allTextContents();
    expect(controls.filter((c) => /print/i.test(c))).toEqual([]);
    expect(await page.evaluate(() => document.body.innerHTML.includes('window.print'))).toBe(false);
    expect(session.errors).toEqual([]);
  });

  it('answers a Consult of a students’ seat with a question to them: no hidden goal in the page or the log', async () => {
    const secrets = hiddenGoalTexts('russia', []);
    expect(secrets.length).toBeGreaterThan(0);
    session = await openGame();
    const { page } = session;
    await setUpLesson(page, { Russia: 'Anya' });
    await press(page, 'button', "Press to reveal Russia's role card");
    await press(page, 'button', 'Hide and pass on');
    await press(page, 'button', 'Go on to the briefing');
    await press(page, 'button', 'Take your seat at the table');
    await onScreen(page, 'table');
    await press(page, 'button', 'Open the consultations');
    await tableDrawn(page);
    const log = page.getByRole('list', { name: 'Table log' });
    await page.getByRole('combobox', { name: 'Delegation', exact: true }).selectOption('russia');
    await press(page, 'button', /^Consult/);
    // Either way the log says something was asked in private; what matters is what it says with it.
    await expect.poll(() => log.textContent()).toMatch(/in private/i);
    expect(await leaked(page, secrets)).toEqual([]);
    await expect.poll(() => log.textContent()).toContain('its students are to answer');
    const panel = page.getByRole('region', { name: "Teacher's console" });
    await panel.locator('li', { hasText: 'Russia' }).getByText('1 question').waitFor();
    // Russia's students keep their counsel: still nothing of theirs reaches the page once the turn is hidden.
    await seatTurn(page, 'Russia');
    await press(page, 'button', 'Keep our counsel');
    await press(page, 'button', 'Hide and pass the device back');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => log.textContent()).toContain('Russia (students) keep their counsel for now.');
    expect(await leaked(page, secrets)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
