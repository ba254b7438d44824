/**
 * The screens of issue 20 for `npm run -s screenshots`: the question before a round in progress is put
 * aside, Settings' kept saves, and the table's warning when storage is full.
 */
import type { Page } from 'playwright-core';
import { onScreen, press, toConsultations } from '../tests/browser/flow';
import type { Shot } from './screenshots-new';

export async function savesShots(page: Page, size: string, shot: Shot): Promise<void> {
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await onScreen(page, 'menu');
  await toConsultations(page);
  await press(page, 'button', /^Consult/);
  await press(page, 'button', 'Back to the menu');
  await onScreen(page, 'menu');
  await page.getByRole('button', { name: 'Continue' }).and(page.locator(':enabled')).waitFor();
  await press(page, 'button', 'New round');
  await page.getByRole('alertdialog').waitFor();
  await shot(page, size, 's1-confirm');
  await press(page, 'button', 'Put it aside and start');
  await onScreen(page, 'briefing');
  await press(page, 'button', 'Back to the menu');
  // An unreadable save beside the round put aside: both kinds in the list.
  await page.evaluate(() => localStorage.setItem('astana.save.v1', '{"version":1,"record":'));
  await page.reload();
  await page.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
  await press(page, 'button', 'Settings');
  await page.getByRole('list', { name: 'Kept saves' }).getByRole('button', { name: 'Bring it back' }).waitFor();
  await shot(page, size, 's2-kept-saves', true);
  await page.getByRole('heading', { name: 'Kept saves' }).scrollIntoViewIfNeeded();
  await shot(page, size, 's2-kept-saves-view');
  await page.getByRole('button', { name: 'Delete', exact: true }).first().click();
  await page.getByRole('alertdialog').waitFor();
  await shot(page, size, 's2-kept-delete');
  await press(page, 'button', 'Cancel');
  await press(page, 'button', 'Done');
  // Storage filled to within a few bytes of the save, as other data would fill it.
  await toConsultations(page);
  await page.evaluate(() => {
    const save = localStorage.getItem('astana.save.v1') ?? '';
    for (let size = 1 << 24; size > 0; size >>= 1)
      try {
        localStorage.setItem('filler', `${localStorage.getItem('filler') ?? ''}${'x'.repeat(size)}`);
      } catch {
        // Too much: try half as much.
      }
    localStorage.setItem('astana.save.v1', save);
  });
  const alert = page.getByRole('alert').filter({ hasText: 'Storage is full' });
  for (let moves = 0; moves < 20 && !(await alert.isVisible()); moves += 1) await press(page, 'button', /^Consult/);
  await shot(page, size, 's3-storage-full');
  await page.evaluate(() => localStorage.clear());
}
