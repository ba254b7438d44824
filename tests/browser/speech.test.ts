import { afterEach, describe, expect, it } from 'vitest';
import type { RoundView } from '../../src/client';
import { openGame, type Session } from './browser';
import { confirmWith, onScreen, press, putAsideIfAsked, settled, state, tableDrawn, toConsultations } from './flow';
import { inspect } from './table';

const mediator = async (page: Session['page']): Promise<RoundView> => {
  const views = await page.evaluate(() =>
    (Reflect.get(window, '__astana') as { views(): Promise<readonly RoundView[]> }).views(),
  );
  const view = views.find((v) => v.seat === 'mediator');
  if (view === undefined) throw new Error('no mediator view');
  return view;
};

const SEED = '3';

describe('speech at the table (issue 17)', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('after 20 moves the bubble shows the log’s last line and points at the seat of whoever said it', async () => {
    session = await openGame();
    const { page } = session;
    // A fixed seed, so that the 20th move's last line is a delegation's and the tail has a seat to point at.
    await toConsultations(page);
    const contentHash = await page.evaluate(
      () => JSON.parse(localStorage.getItem('astana.save.v1') ?? '{}').record.contentHash as string,
    );
    const record = {
      format: 1,
      scenario: 'astana-01',
      contentHash,
      seed: SEED,
      difficulty: 'normal',
      actions: ['start', 'proceed'],
    };
    await press(page, 'button', 'Back to the menu');
    await onScreen(page, 'menu');
    await page.locator('#record-file').setInputFiles({
      name: 'speech.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(record)),
    });
    // A format-1 record has no integrity hash: the page asks before replaying it as it stands (issue 20).
    await confirmWith(page, 'Load a record without an integrity check?', 'Load it as it stands');
    await putAsideIfAsked(page, ['table']);
    await onScreen(page, 'table');
    await settled(page);
    await tableDrawn(page);
    const who = page.getByRole('combobox', { name: 'Delegation', exact: true });
    const seated = ['russia', 'turkey', 'iran', 'government', 'un'];
    const start = (await state(page)).stateId ?? 0;
    for (let i = 0; i < 20; i += 1) {
      await who.selectOption(seated[i % seated.length] ?? 'russia');
      const before = (await state(page)).stateId ?? 0;
      await who.focus();
      // Sounding out (30 min) and consulting (60 min) in turn: 15 hours of the 16.
      await page.keyboard.press(i % 2 === 0 ? 's' : 'c');
      await settled(page);
      await expect.poll(async () => (await state(page)).stateId).toBe(before + 1);
    }
    expect((await state(page)).stateId).toBe(start + 20);

    const view = await mediator(page);
    const last = view.log.at(-1);
    expect(last?.delegation).toBeDefined();
    const table = await inspect(page);
    const bubble = table.bubble;
    expect(bubble).not.toBeNull();
    expect(bubble?.index).toBe(view.log.length - 1);
    // The same words as the log's last line.
    const logLast =
      (await page.getByRole('list', { name: 'Table log' }).getByRole('listitem').last().textContent()) ?? '';
    expect(logLast.endsWith(bubble?.text ?? '-')).toBe(true);
    expect(bubble?.seat ?? null).toBe(last?.delegation ?? null);
    // The tail ends next to the speaker's seat, nearer to it than to any other.
    const tip = bubble?.tip ?? { x: -1000, y: -1000 };
    const distance = (seat: { x: number; y: number }): number => Math.hypot(seat.x - tip.x, seat.y - tip.y);
    const speaker = table.seats.find((seat) => seat.id === last?.delegation) ?? { x: 1000, y: 1000 };
    expect(distance(speaker)).toBeLessThan(40);
    for (const other of table.seats.filter((seat) => seat.id !== last?.delegation))
      expect(distance(other)).toBeGreaterThan(distance(speaker));
    // The ring is on the chosen delegation, not on whoever spoke last.
    expect(table.selected).toBe(await who.inputValue());
    expect(session.errors).toEqual([]);
  });
});
