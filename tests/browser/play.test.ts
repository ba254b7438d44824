import { afterEach, describe, expect, it } from 'vitest';
import { openGame, type Session } from './browser';
import { callPlenary, onScreen, press, state, tableDrawn, toConsultations } from './flow';

describe('a round of Astana-1 played with the keyboard', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('goes from the menu to the debrief using only keys and accessible names', async () => {
    session = await openGame();
    const { page } = session;
    await toConsultations(page);
    await tableDrawn(page);

    // The table is drawn with WebGL and is not a blank canvas.
    expect(await page.evaluate(() => (Reflect.get(window, '__astana') as { renderer(): string }).renderer())).toBe(
      'webgl',
    );
    const stats = await page.evaluate(() =>
      (
        Reflect.get(window, '__astana') as { canvasStats(): Promise<{ distinct: number; variance: number }> }
      ).canvasStats(),
    );
    expect(stats.distinct).toBeGreaterThan(50);
    expect(stats.variance).toBeGreaterThan(100);

    // A refused move says why.
    await press(page, 'button', /^Recall/);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Not possible' }).textContent())
      .toContain('is already at the table');

    // Consult the delegation chosen with the arrow keys, then sound it out.
    await page.getByRole('combobox', { name: 'Delegation', exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await press(page, 'button', /^Consult/);
    await press(page, 'button', /^Sound out/);
    const dossier = page.getByRole('region', { name: /Dossier: Turkey/ });
    await dossier.waitFor();
    expect(await dossier.getByText(/Trust in you: \d+ of 100/).count()).toBeGreaterThan(0);
    // What the mediator has not learned is counted, never named (issue 13).
    expect(await dossier.getByText(/^\d+ goals? you have not learned yet$/).count()).toBe(1);

    // Help lists the shortcuts; Escape closes it.
    await page.getByRole('button', { name: /Help and shortcuts/ }).focus();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });

    // Edit a clause with the keyboard and see the diff of versions.
    await page.getByRole('combobox', { name: 'Clause to edit' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('combobox', { name: 'New wording' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await press(page, 'button', /^Put in the draft/);
    await expect.poll(() => page.locator('.diff').textContent()).toContain('Monitoring the ceasefire');

    // A shortcut: G caucuses the guarantors.
    await page.getByRole('button', { name: /^Caucus the guarantors/ }).focus();
    const before = (await state(page)).stateId ?? 0;
    await page.keyboard.press('g');
    await expect.poll(async () => (await state(page)).stateId).toBe(before + 1);
    expect(await page.getByRole('list', { name: 'Table log' }).getByRole('listitem').count()).toBeGreaterThan(10);

    await callPlenary(page);
    await press(page, 'button', 'Read the debrief');
    await onScreen(page, 'debrief');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(
      /^Debrief: (Communiqué adopted|No communiqué)$/,
    );
    expect(await page.getByRole('heading', { name: /^Score: [\d.]+ of 100$/ }).count()).toBe(1);
    await page.getByRole('table', { name: /Trust \(and mood\)/ }).waitFor();
    await page.locator('.chart-slot[data-charts="2"]').waitFor();
    expect(await page.getByRole('button', { name: 'Download the record (JSON)' }).count()).toBe(1);
    expect(
      await page.evaluate(() =>
        (Reflect.get(window, '__astana') as { frameTimes(): number[]; saveBytes(): number }).saveBytes(),
      ),
    ).toBeGreaterThan(100);
    expect(session.errors).toEqual([]);
  });
});
