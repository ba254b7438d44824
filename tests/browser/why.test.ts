import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openGame, type Session } from './browser';
import { callPlenary, onScreen, press } from './flow';
import { chooseEdit, loadRecord, pickDelegation, recordOf, walkOut } from './why-flow';

const IRAN_RED_LINE = 'Any role for the United States — crossed';
const GOVERNMENT_RED_LINE = 'Any talk of the president stepping down — crossed';
const RUSSIA_RED_LINE = 'Any text that removes the Syrian president — crossed';
const UNTOLD = 'a reason it has not told you';
/** Russia's red line on a transition: unrevealed until a caucus. */
const RUSSIA_SECRET = 'Any text that removes the Syrian president';

/** The reasons a screen gives for one delegation's answer: the headline of each item under its line. */
const reasonsIn = (scope: Locator, name: string): Promise<string[]> =>
  scope
    .locator('.decisions > li', { hasText: `${name}:` })
    .locator('.why.decisive .head')
    .allTextContents();

const dossierReasons = (page: Page, name: string): Promise<string[]> =>
  page
    .getByRole('region', { name: `Dossier: ${name}` })
    .locator('.why .reason.blocks .head, .why .reason.untold .head')
    .allTextContents();

/** "+2.0", "−4.0", "±0.0", "13.3" as a number of tenths. */
const tenths = (text: string): number => Math.round(Number(text.replace('−', '-').replace('±', '').trim()) * 10);

/** The debrief's figures agree with their totals, its moves are in words, and no gain passes the ±100 cap. */
async function debriefAddsUp(page: Page): Promise<void> {
  // Each delegation's known goals: the worths shown add up to the total in its summary.
  for (const details of await page.locator('details.why-detail').all()) {
    await details.locator('summary').click();
    const total = /: ([+−±][\d.]+) in all$/.exec((await details.locator('summary').textContent()) ?? '')?.[1] ?? 'NaN';
    const worths = await details.locator('.worth').allTextContents();
    expect(worths.reduce((s, x) => s + tenths(x), 0)).toBe(tenths(total));
  }
  // The score's lines add up to their part.
  for (const part of ['Signatures', 'Substance']) {
    const section = page.getByRole('region', { name: new RegExp(`^${part}: `) });
    const heading = (await section.getByRole('heading').textContent()) ?? '';
    const points = /: ([\d.]+) of \d+$/.exec(heading)?.[1] ?? 'NaN';
    const lines = await section.getByRole('listitem').allTextContents();
    const shown = lines.flatMap((l) => /— ([\d.]+) points\.$/.exec(l)?.[1] ?? []);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.reduce((s, x) => s + tenths(x), 0)).toBe(tenths(points));
  }
  // One row per move, in words: one "take their seats" row, no move in notation.
  const table = page.getByRole('table', { name: /Trust \(and mood\)/ });
  await table.waitFor();
  const rows = await table.locator('tbody th').allTextContents();
  expect(rows.filter((r) => /take their seats/.test(r))).toEqual(['1. The delegations take their seats']);
  for (const row of rows) expect(row).not.toMatch(/\b[a-z]+(-[a-z]+)*:\d|^\d+\. [a-z]+ [a-z]+/);
  expect(rows).toContain('3. Edit the draft: The United States, “US as partner”');
  // The expert: the caption says what the line means; no gain in the table passes ±100.
  await page.locator('.expert-body[data-charts="1"]').waitFor({ timeout: 60_000 });
  expect(await page.locator('.expert figcaption').textContent()).toContain('it signs outright at 0 or above');
  const expert = page.getByRole('table', { name: /Gain for each delegation/ });
  for (const row of await expert.locator('tbody tr').all()) {
    const cells = await row.locator('td').allTextContents();
    for (const cell of cells.slice(0, 3))
      if (/^-?\d+$/.test(cell)) expect(Math.abs(Number(cell))).toBeLessThanOrEqual(100);
      else expect(['—', 'refuses (−100)']).toContain(cell);
  }
}

describe('every screen gives the same reasons, from the goal charts (issue 13)', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('warns before a known red line, explains the caucus, Recall, the plenary and the debrief alike', async () => {
    session = await openGame();
    const { page } = session;
    await loadRecord(page, recordOf('start', 'proceed'));

    // Before the edit: the editor names who would object, and how strongly, to whoever reads the wording field.
    await chooseEdit(page, 'us-role', 2);
    const warning = page.locator('#edit-objections');
    await expect.poll(() => warning.textContent()).toContain('Iran would walk out — will not accept: Any role');
    expect(await page.getByRole('combobox', { name: 'New wording' }).getAttribute('aria-describedby')).toContain(
      'edit-objections',
    );
    expect(await page.getByRole('button', { name: /^Put in the draft/ }).getAttribute('aria-describedby')).toBe(
      'edit-objections',
    );
    // The wording already in the draft has no warning.
    await chooseEdit(page, 'us-role', 0);
    expect(await warning.isHidden()).toBe(true);

    await walkOut(page);
    // In the caucus Iran said it cannot sign, and why; when it walked out, why again.
    const log = page.getByRole('list', { name: 'Table log' });
    expect(await log.locator('li', { hasText: 'Iran says it cannot sign' }).textContent()).toContain(
      `Why: ${IRAN_RED_LINE}.`,
    );
    await log.getByText(/Iran walks out of the talks\./).waitFor();
    expect(await log.locator('li', { hasText: 'Iran walks out of the talks.' }).textContent()).toContain(
      `Why: ${IRAN_RED_LINE}.`,
    );

    // Recall says what would bring Iran back, and the button is described by it.
    await pickDelegation(page, 'Iran');
    const note = page.locator('#recall-note');
    await expect
      .poll(() => note.textContent())
      .toContain(`What would bring Iran back: a draft that changes what keeps it away (`);
    expect(await note.textContent()).toContain(IRAN_RED_LINE);
    expect(await page.getByRole('button', { name: /^Recall/ }).getAttribute('aria-describedby')).toBe('recall-note');
    const dossier = { iran: await dossierReasons(page, 'Iran') };
    await pickDelegation(page, 'Syrian government');
    const government = await dossierReasons(page, 'Syrian government');
    await pickDelegation(page, 'Russia');
    const russia = await dossierReasons(page, 'Russia');
    expect(dossier.iran).toEqual([IRAN_RED_LINE]);
    expect(government).toEqual([GOVERNMENT_RED_LINE]);
    // A dossier names only what the mediator learned: Russia's red line came out in the caucus.
    expect(russia).toEqual([RUSSIA_RED_LINE]);

    await callPlenary(page);
    const plenary = page.getByRole('region', { name: 'The plenary' });
    expect(await reasonsIn(plenary, 'Iran')).toEqual(dossier.iran);
    expect(await reasonsIn(plenary, 'Syrian government')).toEqual(government);
    expect(await reasonsIn(plenary, 'Russia')).toEqual(russia);
    // An observer is an observer: never also "refuses".
    const us = await plenary.locator('.decisions > li', { hasText: 'United States:' }).textContent();
    expect(us).toContain('watched as an observer');
    expect(us).not.toMatch(/refuses|signs/);

    await press(page, 'button', 'Read the debrief');
    await onScreen(page, 'debrief');
    expect(await reasonsIn(page.locator('.debrief'), 'Iran')).toEqual(dossier.iran);
    expect(await reasonsIn(page.locator('.debrief'), 'Syrian government')).toEqual(government);
    expect(await reasonsIn(page.locator('.debrief'), 'Russia')).toEqual(russia);
    await debriefAddsUp(page);
    expect(session.errors).toEqual([]);
  });

  it('never names a goal the mediator has not learned: the dossier and the debrief show the untold line', async () => {
    session = await openGame();
    const { page } = session;
    // A transition clause crosses Russia's red line, which nobody told the mediator of.
    await loadRecord(page, recordOf('start', 'proceed', 'edit political:3'));
    await pickDelegation(page, 'Russia');
    const dossier = page.getByRole('region', { name: 'Dossier: Russia' });
    await dossier.getByText(/goals you have not learned yet/).waitFor();
    expect(await dossier.textContent()).not.toContain(RUSSIA_SECRET);
    await callPlenary(page);
    const plenary = page.getByRole('region', { name: 'The plenary' });
    expect(await reasonsIn(plenary, 'Russia')).toEqual([UNTOLD]);
    await press(page, 'button', 'Read the debrief');
    await onScreen(page, 'debrief');
    const debrief = page.locator('.debrief');
    expect(await reasonsIn(debrief, 'Russia')).toEqual([UNTOLD]);
    // Every part of the debrief, the details of what the mediator knew included, keeps the secret.
    for (const details of await debrief.locator('details.why-detail').all()) await details.locator('summary').click();
    await page.locator('.expert-body[data-charts="1"]').waitFor({ timeout: 60_000 });
    // Each gain the expert's text beat names the goals behind it, as far as the mediator knows them.
    const gains = page.locator('.expert-words li', { hasText: /left on the table|points more than the expert/ });
    expect(await gains.count()).toBeGreaterThan(0);
    for (const line of await gains.all())
      expect(await line.locator('.why-line').textContent()).toMatch(/^ Behind it: /);
    expect(await page.locator('main').textContent()).not.toContain(RUSSIA_SECRET);
    expect(session.errors).toEqual([]);
  });
});
