import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openGame, type Session } from './browser';
import { onScreen, press, toDebrief } from './flow';

async function serious(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`);
}

/** Runs in the page before the game: every random draw of the page is 7 (the round's seed; the worker is apart). */
function FIXED_SEED(): void {
  const fixed = <T extends ArrayBufferView | null>(array: T): T => {
    if (array instanceof Uint32Array) array.fill(7);
    return array;
  };
  Object.defineProperty(crypto, 'getRandomValues', { value: fixed });
}

describe('historical rounds, the debrief against history and the campaign (issues 5 and 6)', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('plays Astana 4 after the content note; the debrief compares it with the real round and the expert', async () => {
    // New round draws its seed from crypto.getRandomValues; this round's assertions hold for seed 7, and a few
    // seeds in a hundred end it otherwise (Russia refusing, say), so the page draws 7.
    session = await openGame('/', undefined, {}, async (context) => {
      await context.addInitScript(FIXED_SEED);
    });
    const { page } = session;
    const found: string[] = [];
    await onScreen(page, 'menu');
    await page.getByRole('combobox', { name: 'Round to play' }).selectOption('astana-04');
    expect(await page.locator('#round-hint').textContent()).toBe(
      'Astana 4: the de-escalation memorandum — May 3, 2017 to May 4, 2017, Astana.',
    );
    await press(page, 'button', 'New round');
    await onScreen(page, 'content-note');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Before you begin');
    found.push(...(await serious(page, 'content note')));
    await press(page, 'button', 'I understand, continue');
    await onScreen(page, 'briefing');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Astana 4');
    const panel = page.getByRole('region', { name: 'Sources for this round' });
    expect(await panel.getByText(/^How sure the sources are: /).count()).toBe(1);
    await panel.getByText(/^Show the \d+ sources$/).click();
    expect(await panel.getByRole('link').count()).toBeGreaterThan(2);
    expect(await page.getByText(/^At the table: Russia, Turkey, Iran/).count()).toBe(1);
    found.push(...(await serious(page, 'briefing of Astana 4')));

    await toDebrief(page);
    const history = page.getByRole('region', { name: 'Your communiqué and the real one' });
    expect(
      await history
        .getByText(/^What the real round produced: Memorandum on the creation of de-escalation areas/)
        .count(),
    ).toBe(1);
    const clauses = history.getByRole('table', { name: 'Clause by clause: your text and the real one' });
    expect(await clauses.getByRole('row').count()).toBe(8);
    expect(await clauses.getByRole('row', { name: /De-escalation areas/ }).textContent()).toContain('four areas set');
    const signed = history.getByRole('table', { name: 'Who signed: with your text and in reality' });
    expect(await signed.getByRole('row', { name: /Russia/ }).textContent()).toContain('signed');
    expect(await history.getByRole('heading', { name: 'What history achieved that you did not' }).count()).toBe(1);

    const expert = page.getByRole('region', { name: "The expert's view" });
    await page.locator('.expert-body[data-charts="1"]').waitFor({ timeout: 60_000 });
    expect(
      await expert
        .getByText(/^Of the [\d,]+ texts the agenda allows, [\d,]+ would have won all three guarantors/)
        .count(),
    ).toBe(1);
    expect(
      await expert
        .getByText(/The expert's text \(the Nash bargain\) was \d+ wording steps from yours|Your text was the expert's/)
        .count(),
    ).toBe(1);
    expect(await expert.getByRole('table').getByRole('row').count()).toBe(9);
    await page.locator('.chart-slot[data-charts="2"]').waitFor();
    found.push(...(await serious(page, 'debrief of Astana 4')));

    // The note was read once: the next round goes straight to its briefing; the menu still offers it.
    await press(page, 'button', 'Back to the menu');
    await onScreen(page, 'menu');
    await press(page, 'button', 'New round');
    await onScreen(page, 'briefing');
    await press(page, 'button', 'Back to the menu');
    await press(page, 'button', 'Before you begin');
    await onScreen(page, 'content-note');
    expect(found).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('carries a campaign from round 1 to round 2 across a reload, and sets a corrupt campaign save aside', async () => {
    session = await openGame();
    const { page } = session;
    await onScreen(page, 'menu');
    await page.evaluate(() => localStorage.setItem('astana.contentNote.seen', '1'));
    await press(page, 'button', 'Campaign');
    await onScreen(page, 'campaign');
    await press(page, 'button', 'Start a campaign');
    await press(page, 'button', /^Play Astana 1/);
    await onScreen(page, 'briefing');
    await toDebrief(page);
    await press(page, 'button', 'Back to the campaign');
    await onScreen(page, 'campaign');
    await page.locator('.campaign-chart[data-charts="2"]').waitFor();
    expect(await page.getByText('1 of 22 rounds played.').count()).toBe(1);
    expect(
      await page
        .getByRole('table', { name: /Each round played/ })
        .getByRole('row')
        .count(),
    ).toBe(2);
    expect(await serious(page, 'campaign')).toEqual([]);

    await page.reload();
    await onScreen(page, 'menu');
    await press(page, 'button', 'Campaign');
    await onScreen(page, 'campaign');
    expect(await page.getByText('1 of 22 rounds played.').count()).toBe(1);
    await press(page, 'button', /^Play Astana 2/);
    await onScreen(page, 'briefing');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Astana 2');
    expect(await page.getByText(/^Campaign round 2 of 22/).count()).toBe(1);

    const good = await page.evaluate(() => localStorage.getItem('astana.campaign.v1'));
    await page.evaluate(() => localStorage.setItem('astana.campaign.v1', '{"format":1,"seed":'));
    await press(page, 'button', 'Back to the menu');
    await press(page, 'button', 'Campaign');
    await onScreen(page, 'campaign');
    expect(await page.getByRole('alert').textContent()).toContain('could not be read');
    // Kept, with its date, in the list Settings shows (issue 20).
    expect(
      await page.evaluate(() => [
        localStorage.getItem('astana.campaign.v1'),
        Object.keys(localStorage)
          .filter((k) => k.startsWith('astana.kept.'))
          .map((k) => (JSON.parse(localStorage.getItem(k) ?? '{}') as { text?: string }).text),
      ]),
    ).toEqual([null, ['{"format":1,"seed":']]);
    expect(good).toContain('"played":[{"round":"astana-01"');
    expect(session.errors).toEqual([]);
  });
});
