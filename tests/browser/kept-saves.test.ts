import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openGame, type Session } from './browser';
import { onAnyScreen, onScreen, press, state, toConsultations } from './flow';

/** Issue 20: a saved round is never lost without asking. */
const SAVE = 'astana.save.v1';
const saved = (page: Page): Promise<string | null> => page.evaluate((k) => localStorage.getItem(k), SAVE);
const question = (page: Page) => page.getByRole('alertdialog', { name: 'Put the round in progress aside?' });

/** A round in progress with `moves` consultations, then back on the menu with Continue ready. */
async function inProgress(page: Page, moves = 1): Promise<void> {
  await toConsultations(page);
  for (let i = 0; i < moves; i += 1) await press(page, 'button', /^Consult/);
  await press(page, 'button', 'Back to the menu');
  await onScreen(page, 'menu');
  await expect.poll(() => page.getByRole('button', { name: 'Continue' }).isEnabled()).toBe(true);
}

async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('a round in progress is never replaced without asking (issue 20)', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('New round asks first, cancels by default, and keeps the replaced round in Settings', async () => {
    session = await openGame();
    const { page } = session;
    await inProgress(page);
    const before = await saved(page);

    // Asked, with Cancel focused: Escape and Enter both leave everything as it was.
    await press(page, 'button', 'New round');
    await question(page).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Escape');
    await question(page).waitFor({ state: 'detached' });
    await press(page, 'button', 'New round');
    await question(page).waitFor();
    await page.keyboard.press('Enter');
    await question(page).waitFor({ state: 'detached' });
    expect(await state(page)).toMatchObject({ screen: 'menu' });
    expect(await saved(page)).toBe(before);

    // Yes: the new round starts, and the old one is kept.
    await press(page, 'button', 'New round');
    await question(page).waitFor();
    await press(page, 'button', 'Put it aside and start');
    await onAnyScreen(page, ['briefing']);
    await press(page, 'button', 'Back to the menu');
    await press(page, 'button', 'Settings');
    const kept = page.getByRole('list', { name: 'Kept saves' }).getByRole('listitem');
    await expect.poll(() => kept.allTextContents()).toEqual([expect.stringMatching(/^Put aside .*3 moves\./)]);

    // Its download is its record; Bring it back makes it the save again.
    const file = await downloadOf(page, () => press(page, 'button', 'Download'));
    expect(file.name).toMatch(/^astana-01-seed-\d+\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({ format: 2, actions: ['start', 'proceed', expect.any(String)] });
    await press(page, 'button', 'Bring it back');
    await page.getByRole('status').filter({ hasText: 'The round is back' }).waitFor();
    expect(await saved(page)).toBe(before);
    expect(session.errors).toEqual([]);
  });

  it('Load record asks first too', async () => {
    session = await openGame();
    const { page } = session;
    await inProgress(page, 2);
    const before = await saved(page);
    const record = JSON.stringify(JSON.parse(before ?? '{}').record);
    const load = () =>
      page
        .locator('#record-file')
        .setInputFiles({ name: 'r.json', mimeType: 'application/json', buffer: Buffer.from(record) });
    await load();
    await question(page).waitFor();
    await press(page, 'button', 'Cancel');
    expect(await state(page)).toMatchObject({ screen: 'menu' });
    expect(await saved(page)).toBe(before);
    await load();
    await press(page, 'button', 'Put it aside and start');
    await onScreen(page, 'table');
    expect(session.errors).toEqual([]);
  });

  it('Load record: the host refuses an edited record before anything is asked; an older one is loaded only when told', async () => {
    session = await openGame();
    const { page } = session;
    await inProgress(page, 1);
    const before = await saved(page);
    const record = JSON.parse(before ?? '{}').record as { actions: string[]; hash: string; format: number };
    const load = (value: unknown) =>
      page
        .locator('#record-file')
        .setInputFiles({ name: 'r.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });

    // Cut short: refused with its reason, nothing asked, the save untouched.
    await load({ ...record, actions: record.actions.slice(0, -1) });
    await page.getByRole('alert').filter({ hasText: 'cut short or edited' }).waitFor();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await saved(page)).toBe(before);

    // Format 1, from before the hash: asked first; Cancel changes nothing.
    const { hash: _hash, ...old } = { ...record, format: 1 };
    await load(old);
    const unverified = page.getByRole('alertdialog', { name: 'Load a record without an integrity check?' });
    await unverified.waitFor();
    await press(page, 'button', 'Cancel');
    expect(await state(page)).toMatchObject({ screen: 'menu' });
    expect(await saved(page)).toBe(before);
    // Told to: then the round in progress is put aside as for any other record.
    await load(old);
    await press(page, 'button', 'Load it as it stands');
    await press(page, 'button', 'Put it aside and start');
    await onScreen(page, 'table');
    expect(session.errors).toEqual([]);
  });

  it('deleting a kept save asks first', async () => {
    session = await openGame();
    const { page } = session;
    await page.evaluate(() => localStorage.setItem('astana.save.v1', '{"version":1,"broken'));
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
    await press(page, 'button', 'Settings');
    const kept = page.getByRole('list', { name: 'Kept saves' }).getByRole('listitem');
    await expect.poll(() => kept.allTextContents()).toEqual([expect.stringMatching(/could not be read/)]);
    await press(page, 'button', 'Delete');
    await page.getByRole('alertdialog', { name: 'Delete this kept save?' }).waitFor();
    await press(page, 'button', 'Cancel');
    expect(await kept.count()).toBe(1);
    await press(page, 'button', 'Delete');
    await press(page, 'button', 'Delete it');
    await expect.poll(() => kept.allTextContents()).toEqual(['Nothing is kept.']);
  });
});

describe('when storage is full (issue 20)', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('says so, offers the record, and a reload loses no accepted move', async () => {
    session = await openGame();
    const { page } = session;
    await toConsultations(page);
    // Fill the origin's storage to within a few bytes of what the save needs now, as other data would.
    await page.evaluate(() => {
      const save = localStorage.getItem('astana.save.v1') ?? '';
      let size = 1 << 24;
      for (; size > 0; size >>= 1) {
        try {
          localStorage.setItem('filler', `${localStorage.getItem('filler') ?? ''}${'x'.repeat(size)}`);
        } catch {
          // Too much: try half as much.
        }
      }
      localStorage.setItem('astana.save.v1', save);
    });
    const alert = page.getByRole('alert').filter({ hasText: 'Storage is full' });
    let moves = 0;
    while (!(await alert.isVisible()) && moves < 20) {
      await press(page, 'button', /^Consult/);
      moves += 1;
    }
    expect(await alert.textContent()).toMatch(/kept for this tab only: it survives a reload/);
    for (let i = 0; i < 6; i += 1) await press(page, 'button', /^Consult/);
    const before = await state(page);
    const file = await downloadOf(page, () => press(page, 'button', 'Download the record'));
    expect(JSON.parse(file.text)).toMatchObject({ format: 2, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    await page.reload();
    await onScreen(page, 'menu');
    await expect.poll(() => page.getByRole('button', { name: 'Continue' }).isEnabled()).toBe(true);
    await press(page, 'button', 'Continue');
    await onScreen(page, 'table');
    expect(await state(page)).toEqual(before);
    expect(session.errors).toEqual([]);
  });
});
