/**
 * The screens of issue 5 and 6 for `npm run -s screenshots`: the content note, a later round's briefing
 * with its Sources panel, its debrief (history and expert sections) and the campaign screen.
 */
import type { Page } from 'playwright-core';
import { onScreen, press, toDebrief } from '../tests/browser/flow';

export type Shot = (page: Page, size: string, screen: string, fullPage?: boolean) => Promise<void>;

export async function newScreens(page: Page, size: string, shot: Shot): Promise<void> {
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await onScreen(page, 'menu');
  await page.getByRole('combobox', { name: 'Round to play' }).selectOption('astana-04');
  await shot(page, size, '10-menu-round');
  await press(page, 'button', 'New round');
  await onScreen(page, 'content-note');
  await shot(page, size, '11-content-note');
  await press(page, 'button', 'I understand, continue');
  await onScreen(page, 'briefing');
  await shot(page, size, '12-briefing-astana-04', true);
  await shot(page, size, '12-briefing-astana-04-top');
  await page.locator('.attendance').screenshot({ path: `screenshots/12-briefing-attendance-${size}.png` });
  await page.locator('.sources-panel summary').click();
  await page.locator('.sources-panel').screenshot({ path: `screenshots/12-briefing-sources-${size}.png` });
  await toDebrief(page);
  await page.locator('.expert-body[data-charts="1"]').waitFor({ timeout: 60_000 });
  await page.locator('.chart-slot[data-charts="2"]').waitFor();
  await shot(page, size, '13-debrief-astana-04', true);
  await page.locator('section.history').screenshot({ path: `screenshots/13-debrief-history-${size}.png` });
  await page.locator('section.expert').screenshot({ path: `screenshots/13-debrief-expert-${size}.png` });
  await press(page, 'button', 'Back to the menu');
  await press(page, 'button', 'Campaign');
  await onScreen(page, 'campaign');
  await shot(page, size, '14-campaign-new');
  await press(page, 'button', 'Start a campaign');
  await press(page, 'button', /^Play Astana 1/);
  await onScreen(page, 'briefing');
  await toDebrief(page);
  await press(page, 'button', 'Back to the campaign');
  await onScreen(page, 'campaign');
  await page.locator('.campaign-chart[data-charts="2"]').waitFor();
  await shot(page, size, '15-campaign-one', true);
  await page.locator('.campaign-chart').screenshot({ path: `screenshots/15-campaign-chart-${size}.png` });
}
