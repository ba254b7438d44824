import type { Page } from 'playwright-core';

export interface AstanaState {
  readonly screen: string;
  readonly phase: string | null;
  readonly stateId: number | null;
  /** Waiting for the engine's worker or a screen's chunk: the page may still change. */
  readonly busy: boolean;
}

export const state = (page: Page): Promise<AstanaState> =>
  page.evaluate(() => (Reflect.get(window, '__astana') as { state(): AstanaState }).state());

/** Presses a control the way a keyboard user does: focus by accessible name, then Enter; then waits until the page settles. */
export async function press(page: Page, role: 'button' | 'link', name: string | RegExp): Promise<void> {
  const target = page.getByRole(role, { name });
  await target.focus();
  await page.keyboard.press('Enter');
  await settled(page);
}

/** Waits until the page has its answers: the engine runs in a worker, so a move's result comes a moment later. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (Reflect.get(window, '__astana') as { state(): AstanaState }).state().busy === false,
  );
}

/** Waits until the screen named in `window.__astana` is `screen`. */
export async function onScreen(page: Page, screen: string): Promise<void> {
  await page.waitForFunction(
    (s) => (Reflect.get(window, '__astana') as { state(): { screen: string } } | undefined)?.state().screen === s,
    screen,
  );
}

/** Waits until the screen is one of `screens`; says which. */
export async function onAnyScreen(page: Page, screens: readonly string[]): Promise<string> {
  const handle = await page.waitForFunction((list) => {
    const s = (Reflect.get(window, '__astana') as { state(): { screen: string } } | undefined)?.state().screen;
    return s !== undefined && list.includes(s) ? s : false;
  }, screens);
  return (await handle.jsonValue()) as string;
}

/**
 * After a control that starts a round: when the game asks before putting a round in progress aside
 * (issue 20), says yes. Resolves once the question is answered or the next screen is one of `screens`.
 */
export async function putAsideIfAsked(
  page: Page,
  screens: readonly string[],
  yes = 'Put it aside and start',
): Promise<void> {
  const handle = await page.waitForFunction((list) => {
    if (document.querySelector('dialog.confirm[open]') !== null) return 'asked';
    const s = (Reflect.get(window, '__astana') as { state(): { screen: string } } | undefined)?.state().screen;
    return s !== undefined && list.includes(s) ? s : false;
  }, screens);
  if ((await handle.jsonValue()) === 'asked') await press(page, 'button', yes);
}

/** From the menu to a new round's briefing, past the content note if this is the first round here. */
export async function newRound(page: Page, round?: string): Promise<void> {
  if (round !== undefined) await page.getByRole('combobox', { name: 'Round to play' }).selectOption(round);
  await press(page, 'button', 'New round');
  await putAsideIfAsked(page, ['briefing', 'content-note']);
  if ((await onAnyScreen(page, ['briefing', 'content-note'])) === 'content-note')
    await press(page, 'button', 'I understand, continue');
  await onScreen(page, 'briefing');
}

/** From the menu to the open consultations, by keyboard. */
export async function toConsultations(page: Page): Promise<void> {
  await newRound(page);
  await press(page, 'button', 'Take your seat at the table');
  await onScreen(page, 'table');
  await press(page, 'button', 'Open the consultations');
  await page.waitForFunction(
    () => (Reflect.get(window, '__astana') as { state(): { phase: string } }).state().phase === 'consultations',
  );
}

/** Waits until the Phaser table has drawn a few frames. */
export async function tableDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (Reflect.get(window, '__astana') as { frameTimes(): number[] }).frameTimes().length > 5,
    undefined,
    { timeout: 60_000 },
  );
}

/** Table the opening draft of the round whose briefing is showing, and read its debrief. */
export async function toDebrief(page: Page): Promise<void> {
  await press(page, 'button', 'Take your seat at the table');
  await onScreen(page, 'table');
  await press(page, 'button', 'Open the consultations');
  await page.waitForFunction(
    () => (Reflect.get(window, '__astana') as { state(): { phase: string } }).state().phase === 'consultations',
  );
  await callPlenary(page);
  await press(page, 'button', 'Read the debrief');
  await onScreen(page, 'debrief');
}

/** Answers the confirmation the page is asking (issue 17) with its button `answer`, by keyboard. */
export async function confirmWith(page: Page, title: string | RegExp, answer: string): Promise<void> {
  const dialog = page.getByRole('alertdialog', { name: title });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: answer }).focus();
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await settled(page);
}

/** Calls the plenary from the panel and says yes to the question it asks first. */
export async function callPlenary(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Call the plenary/ }).focus();
  await page.keyboard.press('Enter');
  await confirmWith(page, 'Call the plenary now?', 'Table the draft');
  await onScreen(page, 'plenary');
  await settled(page);
}
