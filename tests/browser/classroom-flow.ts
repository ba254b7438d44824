import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { delegationModel } from '../../src/engine/model/round-model';
import { roleCard } from '../../src/engine/role-card';
import type { DelegationId } from '../../src/engine/vocabulary';
import { setupRound } from '../support/round';
import { onScreen, press } from './flow';

export const SEED = '7';

/** Fills in the classroom set-up by keyboard and accessible names: the given seats to students, the rest AI. */
export async function fillSetup(page: Page, seats: Readonly<Partial<Record<string, string>>>): Promise<void> {
  await press(page, 'button', 'Classroom');
  await onScreen(page, 'classroom');
  for (const [name, students] of Object.entries(seats)) {
    await page.getByRole('combobox', { name: `${name}: Played by` }).selectOption('human');
    await page.getByRole('textbox', { name: `${name}: Students' names` }).fill(students ?? '');
  }
  await page.getByRole('textbox', { name: /^Seed/ }).fill(SEED);
  await page.getByRole('spinbutton', { name: 'Lesson length in minutes' }).fill('45');
}

/** The classroom set-up, filled in and started: the hand-over comes next. */
export async function setUpLesson(page: Page, seats: Readonly<Partial<Record<string, string>>>): Promise<void> {
  await fillSetup(page, seats);
  await press(page, 'button', 'Start the lesson');
  await onScreen(page, 'handover');
}

/**
 * A seat's secret goals as the engine has them for this seed: the texts that must never reach another seat's screen.
 */
export function hiddenGoalTexts(id: DelegationId, others: readonly DelegationId[]): string[] {
  const { round } = setupRound('astana-01', { seed: SEED, controllers: { [id]: 'human' } });
  const text = (d: DelegationId, g: string): string => {
    const { profile } = delegationModel(round.model, d);
    const goal = profile.goals.find((x) => x.id === g) ?? profile.hiddenPool.find((x) => x.id === g);
    return goal?.text.en ?? g;
  };
  // A text another visible seat also holds is not this seat's secret.
  const visible = new Set(others.flatMap((d) => roleCard(round.model, d).goals.map((g) => text(d, g.id))));
  const publicTexts = new Set(
    round.model.delegations.flatMap((d) =>
      roleCard(round.model, d)
        .goals.filter((g) => g.public)
        .map((g) => text(d, g.id)),
    ),
  );
  const texts = roleCard(round.model, id)
    .goals.filter((g) => !g.public)
    .map((g) => text(id, g.id))
    .filter((s) => !visible.has(s) && !publicTexts.has(s));
  round.stop();
  return texts;
}

/** Which of `texts` the page has anywhere: its visible text or its markup (hidden elements too). */
export async function leaked(page: Page, texts: readonly string[]): Promise<string[]> {
  const [inner, html] = await page.evaluate(() => [document.body.innerText, document.documentElement.outerHTML]);
  const escaped = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return texts.filter((s) => inner.includes(s) || html.includes(s) || html.includes(escaped(s)));
}

/** Presses a download button and returns the file's name and text. */
export async function downloaded(page: Page, name: string | RegExp): Promise<{ file: string; text: string }> {
  const wait = page.waitForEvent('download');
  await press(page, 'button', name);
  const d = await wait;
  const path = await d.path();
  return { file: d.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Opens a students' seat's turn and reveals it, from the hand-over gate. */
export async function seatTurn(page: Page, name: string): Promise<void> {
  await press(page, 'button', `Seat turn: ${name}`);
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: `Press to reveal ${name}'s role card` }).waitFor();
  await press(page, 'button', `Press to reveal ${name}'s role card`);
  await dialog.getByRole('heading', { name: `${name}'s turn` }).waitFor();
}
