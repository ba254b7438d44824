import { afterEach, describe, expect, it } from 'vitest';
import { openGame, type Session } from './browser';

describe('the text round page', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('plays a greedy round of Astana-1 from the keyboard and shows the outcome', async () => {
    session = await openGame();
    const { page } = session;
    const seed = page.getByRole('textbox', { name: 'Seed' });
    await seed.fill('7');
    await page.getByRole('combobox', { name: 'Mediator' }).selectOption('greedy');
    await page.getByRole('button', { name: 'Play a round' }).focus();
    await page.keyboard.press('Enter');
    const outcome = page.getByRole('status', { name: 'Outcome' });
    await outcome.waitFor();
    expect(await outcome.getByRole('heading').textContent()).toBe('Communiqué adopted');
    const lines = await page.getByRole('list', { name: 'What happened' }).getByRole('listitem').allTextContents();
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.some((l) => l.includes('Russia'))).toBe(true);
    expect(session.errors).toEqual([]);
  });
});
