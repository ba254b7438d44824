import type { Page } from 'playwright-core';
import { fillSetup, seatTurn, setUpLesson } from '../tests/browser/classroom-flow';
import { confirmWith, onScreen, press, tableDrawn } from '../tests/browser/flow';

type Shot = (page: Page, size: string, screen: string, fullPage?: boolean) => Promise<void>;

/** The classroom's screens, from the set-up to the seat reports (issue 7). */
export async function classroomShots(page: Page, size: string, shot: Shot): Promise<void> {
  await press(page, 'button', 'Classroom');
  await onScreen(page, 'classroom');
  await shot(page, size, 'c1-setup', true);
  // The teacher's guide and the debrief sheets, over the set-up (issue 16).
  await page.getByRole('button', { name: 'Teacher’s guide and debrief sheets' }).click();
  await page.frameLocator('iframe.guide-frame').getByRole('heading', { name: 'Learning goals' }).waitFor();
  await shot(page, size, 'c1-guide');
  await page.getByRole('button', { name: 'Debrief sheets (one a seat)' }).click();
  await page
    .frameLocator('iframe.guide-frame')
    .getByRole('heading', { name: /^Debrief sheet: / })
    .first()
    .waitFor();
  await shot(page, size, 'c1-sheets');
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Back to the menu' }).click();
  await fillSetup(page, { Iran: 'Ali, Sara', 'Syrian armed opposition': 'Nur' });
  await press(page, 'button', 'Set up and print the role cards first');
  await onScreen(page, 'role-cards');
  await page.locator('.card-sheet .role-card').nth(1).waitFor();
  await shot(page, size, 'c4-print-cards', true);
  await page.emulateMedia({ media: 'print' });
  await shot(page, size, 'c4-print-cards-print', true);
  await page.emulateMedia({ media: 'screen' });
  await press(page, 'button', 'Go on to the hand-over');
  await onScreen(page, 'handover');
  await shot(page, size, 'c2-handover');
  await press(page, 'button', /^Press to reveal/);
  await shot(page, size, 'c3-role-card', true);
  await press(page, 'button', 'Hide and pass on');
  await press(page, 'button', /^Press to reveal/);
  await press(page, 'button', 'Hide and pass on');
  await press(page, 'button', 'Go on to the briefing');
  await press(page, 'button', 'Take your seat at the table');
  await onScreen(page, 'table');
  await press(page, 'button', 'Open the consultations');
  await tableDrawn(page);
  await page.getByRole('combobox', { name: 'Delegation', exact: true }).selectOption('opposition');
  await press(page, 'button', /^Sound out/);
  await press(page, 'button', 'Pause the lesson');
  await shot(page, size, 'c5-console');
  // Through the CSSOM: the page's Content-Security-Policy refuses an added <style>.
  await page.evaluate(() => {
    for (const e of document.querySelectorAll<HTMLElement>('.table-screen, .side'))
      e.style.setProperty('overflow', 'visible', 'important');
    for (const e of document.querySelectorAll<HTMLElement>('.table-screen'))
      e.style.setProperty('height', 'auto', 'important');
  });
  await shot(page, size, 'c5-console-full', true);
  await press(page, 'button', 'Resume the lesson');
  await seatTurn(page, 'Syrian armed opposition');
  await shot(page, size, 'c6-seat-turn');
  await press(page, 'button', 'Hide and pass the device back');
  await press(page, 'button', 'Force the plenary now');
  await confirmWith(page, 'Call the plenary now?', 'Table the draft');
  await onScreen(page, 'plenary');
  await tableDrawn(page);
  await shot(page, size, 'c7-plenary-waiting');
  await seatTurn(page, 'Iran');
  await press(page, 'button', 'Sign with reservations');
  await seatTurn(page, 'Syrian armed opposition');
  await press(page, 'button', 'Refuse');
  await press(page, 'button', 'Read the debrief');
  await onScreen(page, 'debrief');
  await page.locator('.chart-slot[data-charts="2"]').waitFor();
  await shot(page, size, 'c8-debrief', true);
  await press(page, 'button', 'Seat reports for grading');
  await onScreen(page, 'reports');
  await shot(page, size, 'c9-reports', true);
  await page.emulateMedia({ media: 'print' });
  await shot(page, size, 'c9-reports-print', true);
  await page.emulateMedia({ media: 'screen' });
}
