import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openGame, type Session } from './browser';
import { fillSetup, seatTurn } from './classroom-flow';
import { callPlenary, confirmWith, newRound, onScreen, press, tableDrawn, toConsultations } from './flow';

async function serious(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`);
}

describe('accessibility', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('has no serious or critical axe violations on any screen', async () => {
    session = await openGame();
    const { page } = session;
    const found: string[] = [];
    await onScreen(page, 'menu');
    found.push(...(await serious(page, 'menu')));
    await press(page, 'button', 'Settings');
    await onScreen(page, 'settings');
    found.push(...(await serious(page, 'settings')));
    await press(page, 'button', 'Done');
    await press(page, 'button', 'Sources');
    await onScreen(page, 'sources');
    found.push(...(await serious(page, 'sources')));
    await press(page, 'button', 'Back to the menu');
    await onScreen(page, 'menu');
    await newRound(page);
    found.push(...(await serious(page, 'briefing')));
    await press(page, 'button', 'Back to the menu');
    await onScreen(page, 'menu');
    await toConsultations(page);
    await tableDrawn(page);
    await press(page, 'button', /^Consult/);
    found.push(...(await serious(page, 'table')));
    await press(page, 'button', /Help and shortcuts/);
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    found.push(...(await serious(page, 'help')));
    await page.keyboard.press('Escape');
    await callPlenary(page);
    found.push(...(await serious(page, 'plenary')));
    await press(page, 'button', 'Read the debrief');
    await onScreen(page, 'debrief');
    await page.locator('.chart-slot[data-charts="2"]').waitFor();
    found.push(...(await serious(page, 'debrief')));
    expect(found).toEqual([]);
  });

  it('has none on the classroom screens either', async () => {
    session = await openGame();
    const { page } = session;
    const found: string[] = [];
    await fillSetup(page, { Iran: 'Ali', Turkey: 'Dana' });
    await press(page, 'button', 'Set up and print the role cards first');
    await onScreen(page, 'role-cards');
    await page.locator('.card-sheet .role-card').nth(1).waitFor();
    found.push(...(await serious(page, 'role cards to print')));
    await press(page, 'button', 'Go on to the hand-over');
    await onScreen(page, 'handover');
    found.push(...(await serious(page, 'handover')));
    await press(page, 'button', /^Press to reveal/);
    found.push(...(await serious(page, 'role card')));
    await press(page, 'button', 'Hide and pass on');
    await press(page, 'button', /^Press to reveal/);
    await press(page, 'button', 'Hide and pass on');
    await press(page, 'button', 'Go on to the briefing');
    await press(page, 'button', 'Take your seat at the table');
    await press(page, 'button', 'Open the consultations');
    await page.getByRole('region', { name: "Teacher's console" }).waitFor();
    await page.getByRole('combobox', { name: 'Delegation', exact: true }).selectOption('iran');
    await press(page, 'button', /^Sound out/);
    found.push(...(await serious(page, 'console')));
    await seatTurn(page, 'Iran');
    found.push(...(await serious(page, 'seat turn')));
    await press(page, 'button', 'Hide and pass the device back');
    await press(page, 'button', 'Force the plenary now');
    await confirmWith(page, 'Call the plenary now?', 'Table the draft');
    await onScreen(page, 'plenary');
    found.push(...(await serious(page, 'plenary waiting')));
    await press(page, 'button', 'Hand Iran to the computer');
    await press(page, 'button', 'Hand Turkey to the computer');
    await press(page, 'button', 'Read the debrief');
    await onScreen(page, 'debrief');
    await page.locator('.chart-slot[data-charts="2"]').waitFor();
    found.push(...(await serious(page, 'classroom debrief')));
    await press(page, 'button', 'Seat reports for grading');
    await onScreen(page, 'reports');
    found.push(...(await serious(page, 'seat reports')));
    expect(found).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
