import type { Page } from 'playwright-core';
import { parseAction } from '../../src/engine/actions';
import type { Controller } from '../../src/engine/delegation/events';
import { sealRecord } from '../../src/engine/record';
import { startRound } from '../../src/engine/session';
import type { SomeDelegations } from '../../src/engine/vocabulary';
import { scenario } from '../support/library';
import { onAnyScreen, onScreen, press, putAsideIfAsked, settled } from './flow';

/**
 * A record of Astana 1 (seed 1) played up to `actions`, as the debrief's download writes it: loading it
 * gives every test and screenshot of issue 13 the same round, whatever the record format of the day.
 */
export function recordOf(...actions: string[]): string {
  return recordWith({}, ...actions);
}

/** The same, with seats held by students: a classroom round's record. */
export function recordWith(controllers: SomeDelegations<Controller>, ...actions: string[]): string {
  const round = startRound(scenario('astana-01'), { seed: '1', controllers });
  for (const text of actions) {
    const action = parseAction(text);
    if (!action.ok || !round.act(action.value).ok) throw new Error(`the test's move is refused: ${text}`);
  }
  // Sealed with its integrity hash as the game's own download is (issue 20), so it loads without a question.
  const record = sealRecord(round.record());
  round.stop();
  return JSON.stringify(record);
}

/** From the menu, loads a record by the Load record field and waits for its screen. */
export async function loadRecord(page: Page, text: string, screen = 'table'): Promise<void> {
  await onAnyScreen(page, ['menu']);
  await page
    .locator('#record-file')
    .setInputFiles({ name: 'astana-01-seed-1.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await putAsideIfAsked(page, [screen, 'content-note']);
  if ((await onAnyScreen(page, [screen, 'content-note'])) === 'content-note')
    await press(page, 'button', 'I understand, continue');
  await onScreen(page, screen);
  await settled(page);
}

/** Chooses a clause and a wording in the draft editor by keyboard focus and the fields' accessible names. */
export async function chooseEdit(page: Page, clause: string, strength: number): Promise<void> {
  const field = page.getByRole('combobox', { name: 'Clause to edit' });
  await field.focus();
  await field.selectOption(clause);
  const wording = page.getByRole('combobox', { name: 'New wording' });
  await wording.focus();
  await wording.selectOption(String(strength));
}

/** Picks the delegation the moves and the dossier are about; an absent one's option also says "— walked out". */
export async function pickDelegation(page: Page, name: string): Promise<void> {
  const who = page.getByRole('combobox', { name: 'Delegation', exact: true });
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const value = await who.locator('option', { hasText: new RegExp(`^${escaped}( — |$)`) }).getAttribute('value');
  if (value === null) throw new Error(`no delegation named ${name}`);
  await who.focus();
  await who.selectOption(value);
}

/**
 * The walk-out round of issue 13 on the table: the US given a partner's role (Iran's public red line),
 * the guarantors caucused (Russia lets slip its own red line), a transition clause (the government's),
 * then the UN consulted while Iran and the government walk out.
 */
export async function walkOutRound(page: Page): Promise<void> {
  await loadRecord(page, recordOf('start', 'proceed'));
  await walkOut(page);
}

/** The moves of the walk-out round, from the table of Astana 1 with the consultations open. */
export async function walkOut(page: Page): Promise<void> {
  await chooseEdit(page, 'us-role', 2);
  await press(page, 'button', /^Put in the draft/);
  await page.getByRole('button', { name: /^Caucus the guarantors/ }).focus();
  await page.keyboard.press('g');
  await settled(page);
  await chooseEdit(page, 'political', 3);
  await press(page, 'button', /^Put in the draft/);
  await pickDelegation(page, 'UN Special Envoy');
  await press(page, 'button', /^Consult/);
}
