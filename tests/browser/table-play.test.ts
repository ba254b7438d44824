import { afterEach, describe, expect, it } from 'vitest';
import { openGame, type Session } from './browser';
import { newRound, onScreen, press, settled, state, tableDrawn } from './flow';
import { inspect, tap } from './table';

const record = async (page: Session['page']): Promise<string[]> =>
  page.evaluate(() => JSON.parse(localStorage.getItem('astana.save.v1') ?? '{}').record.actions as string[]);

describe('a round played at the table (issue 17)', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('is played by clicking the scene only: seat, moves, a wording from the tray, the draft, the plenary', async () => {
    session = await openGame();
    const { page } = session;
    await newRound(page);
    await press(page, 'button', 'Take your seat at the table');
    await onScreen(page, 'table');
    await tableDrawn(page);

    await tap(page, 'bar:proceed');
    await page.waitForFunction(
      () => (Reflect.get(window, '__astana') as { state(): { phase: string } }).state().phase === 'consultations',
    );

    // A seat: its card opens, the ring goes to it, and the panel's delegation follows.
    await tap(page, 'seat:turkey');
    let table = await inspect(page);
    expect(table.selected).toBe('turkey');
    expect(table.card).toBe('turkey');
    expect(await page.getByRole('combobox', { name: 'Delegation', exact: true }).inputValue()).toBe('turkey');

    await tap(page, 'card:consult');
    await expect.poll(() => record(page), { timeout: 10_000 }).toContain('consult turkey');
    await tap(page, 'card:sound');
    await expect.poll(() => record(page), { timeout: 10_000 }).toContain('sound turkey ceasefire:1');

    // A wording from the clause tray goes into the hand; the card sounds it out and assures it.
    await tap(page, 'card:wording');
    await tap(page, 'tray:clause:monitoring');
    await tap(page, 'tray:wording:2');
    expect(await page.getByRole('combobox', { name: 'Clause', exact: true }).inputValue()).toBe('monitoring');
    await tap(page, 'card:assure');
    await expect.poll(() => record(page), { timeout: 10_000 }).toContain('assure turkey monitoring:2');

    // A shuttle asks for its second seat.
    await tap(page, 'card:shuttle');
    expect((await inspect(page)).shuttleFrom).toBe('turkey');
    await tap(page, 'seat:russia');
    await expect.poll(() => record(page), { timeout: 10_000 }).toContain('shuttle turkey russia monitoring:2');

    // The draft: tapped, it opens full size, and the wording in hand goes into it.
    if ((await inspect(page)).card !== null) await tap(page, 'card:close');
    await tap(page, 'paper');
    await tap(page, 'draft:put');
    await expect.poll(() => record(page), { timeout: 10_000 }).toContain('edit monitoring:2');
    await expect
      .poll(() => page.getByRole('list', { name: 'Draft communiqué' }).textContent())
      .toContain('trilateral mechanism');
    table = await inspect(page);
    expect(table.draftPx).toBeGreaterThanOrEqual(14);
    // In the game's own font, loaded before the table drew its first word.
    expect(await page.evaluate(() => document.fonts.check('14px "Astana Sans"'))).toBe(true);
    expect(
      await page.evaluate(() =>
        [...document.fonts].some((f) => f.family.includes('Astana Sans') && f.status === 'loaded'),
      ),
    ).toBe(true);

    await tap(page, 'bar:caucus');
    await expect.poll(() => record(page), { timeout: 10_000 }).toContain('caucus');

    // The plenary asks first; its answers come at the table one by one.
    const before = (await state(page)).stateId;
    await tap(page, 'bar:plenary');
    const ask = page.getByRole('alertdialog', { name: 'Call the plenary now?' });
    await ask.waitFor();
    expect(await ask.getByRole('heading', { name: /Likely to refuse|Still unsettled/ }).count()).toBeGreaterThan(0);
    expect((await state(page)).stateId).toBe(before);
    await ask.getByRole('button', { name: 'Table the draft' }).click();
    await onScreen(page, 'plenary');
    await settled(page);
    await tableDrawn(page);
    const seen = new Set<number>();
    await expect
      .poll(
        async () => {
          const t = await inspect(page);
          seen.add(t.answered.length);
          return t.answered.length;
        },
        { interval: 150, timeout: 20_000 },
      )
      .toBe((await inspect(page)).answersDue);
    expect((await inspect(page)).answersDue).toBeGreaterThan(2);
    // One by one: the table showed fewer answers before it showed them all.
    expect([...seen].filter((n) => n > 0 && n < Math.max(...seen)).length).toBeGreaterThan(0);
    // The bubble ends on the log's last line.
    const last = (await page.getByRole('list', { name: 'Table log' }).getByRole('listitem').last().textContent()) ?? '';
    await expect
      .poll(async () => last.endsWith((await inspect(page)).bubble?.text ?? '-'), { timeout: 10_000 })
      .toBe(true);
    expect(await record(page)).toEqual([
      'start',
      'proceed',
      'consult turkey',
      'sound turkey ceasefire:1',
      'assure turkey monitoring:2',
      'shuttle turkey russia monitoring:2',
      'edit monitoring:2',
      'caucus',
      'plenary',
    ]);
    expect(session.errors).toEqual([]);
  });
});
