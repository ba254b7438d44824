import { afterEach, describe, expect, it } from 'vitest';
import type { RoundView } from '../../src/engine/view';
import { createHost } from '../../src/client/host/host';
import { testClient, testLibrary } from '../support/client';
import { openGame, type Session } from './browser';
import { onScreen, press, settled, toConsultations } from './flow';

const SAVE = 'astana.save.v1';

describe('one contract, two carriers (issue 14)', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('a round played by keyboard through the page’s Web Worker gives the record and views the in-process host gives', async () => {
    session = await openGame();
    const { page } = session;
    await toConsultations(page);
    await press(page, 'button', /^Consult/);
    await page.getByRole('combobox', { name: 'Delegation', exact: true }).selectOption('opposition');
    await press(page, 'button', /^Sound out/);
    await page.getByRole('combobox', { name: 'Second delegation (for shuttling)' }).selectOption('government');
    await press(page, 'button', /^Shuttle/);
    await page.getByRole('combobox', { name: 'Clause to edit' }).selectOption({ index: 2 });
    await page.getByRole('combobox', { name: 'New wording' }).selectOption({ index: 1 });
    await press(page, 'button', /^Put in the draft/);
    await press(page, 'button', /^Caucus the guarantors/);
    await settled(page);

    // The engine ran in the worker the build made, not on the page.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(scripts.some((name) => /\/assets\/worker-[\w-]+\.js$/.test(name))).toBe(true);
    const fromWorker = (await page.evaluate(() =>
      (Reflect.get(window, '__astana') as { views(): Promise<unknown> }).views(),
    )) as RoundView[];
    const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), SAVE)) ?? '{}') as {
      record: { seed: string; difficulty: 'easy' | 'normal' | 'hard'; actions: string[] };
    };
    expect(saved.record.actions.length).toBeGreaterThanOrEqual(5);

    // The same moves, through the in-process carrier, from the same English-only files as the built worker's.
    const client = testClient('teacher', createHost(testLibrary({ english: true })));
    const { seed, difficulty, actions } = saved.record;
    expect(await client.request('start', { round: 'astana-01', seed, difficulty })).toMatchObject({ ok: true });
    for (const action of actions) expect(await client.request('act', { action }), action).toMatchObject({ ok: true });
    const direct = await client.request('views', { seats: fromWorker.map((v) => v.seat) });
    client.close();
    if (!direct.ok) throw new Error('the direct host gave no views');
    expect(fromWorker.map((v) => v.seat)).toEqual([
      'mediator',
      'projector',
      'teacher',
      ...direct.value.slice(3).map((v) => v.seat),
    ]);
    expect(JSON.stringify(fromWorker)).toBe(JSON.stringify(direct.value));
    expect(JSON.stringify(direct.value[0]?.record)).toBe(JSON.stringify(saved.record));
    expect(session.errors).toEqual([]);
  });

  it('shows a usable menu before the engine’s worker has loaded, and starts the round once it has', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    session = await openGame('/', { width: 1280, height: 720 }, {}, async (context) => {
      await context.route(/\/assets\/worker-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
    });
    const { page } = session;
    await onScreen(page, 'menu');
    const newRound = page.getByRole('button', { name: 'New round' });
    expect(await newRound.isEnabled()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Round to play' }).locator('option').count()).toBe(1);
    await newRound.focus();
    await page.keyboard.press('Enter');
    await onScreen(page, 'content-note');
    await page.getByRole('button', { name: 'I understand, continue' }).focus();
    await page.keyboard.press('Enter');
    expect(
      (await page.evaluate(() => (Reflect.get(window, '__astana') as { state(): { busy: boolean } }).state())).busy,
    ).toBe(true);
    // A press that waits says so, rather than seeming to do nothing.
    await page.getByRole('status').filter({ hasText: "The talks' engine is working…" }).waitFor();
    release();
    await onScreen(page, 'briefing');
    await page.getByRole('status').filter({ hasText: "The talks' engine is working…" }).waitFor({ state: 'hidden' });
    await settled(page);
    expect(session.errors).toEqual([]);
  });
});
