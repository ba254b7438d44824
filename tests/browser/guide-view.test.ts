import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openGame, type Session } from './browser';
import { onScreen, press } from './flow';

/**
 * Issue 16: a historical round's teacher's guide and debrief sheets, on screen from the classroom set-up,
 * fetched only when asked for: the game's scripts carry none of a guide's text.
 */
const guide = JSON.parse(readFileSync('scenarios/guides/astana-01.json', 'utf8')) as {
  learningGoals: { en: string }[];
  seats: Record<string, unknown>;
};
const firstGoal = guide.learningGoals[0]?.en ?? '';

describe('the teacher’s guide on screen (issue 16)', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('shows the guide and one debrief sheet a seat, fetched only when the teacher opens them', async () => {
    session = await openGame();
    const { page } = session;
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await press(page, 'button', 'Classroom');
    await onScreen(page, 'classroom');
    expect(fetched.filter((p) => /astana-\d\d[-.].*json$/.test(p))).toEqual([]);
    await page.getByRole('button', { name: 'Teacher’s guide and debrief sheets' }).click();
    const frame = page.frameLocator('iframe.guide-frame');
    await frame.getByRole('heading', { name: 'Learning goals' }).waitFor();
    expect(await frame.locator('body').innerText()).toContain(firstGoal);
    expect(fetched.filter((p) => /astana-01-.*\.json$/.test(p))).toHaveLength(1);
    await page.getByRole('button', { name: 'Debrief sheets (one a seat)' }).click();
    await frame.getByRole('heading', { name: 'Debrief sheet: Russia' }).waitFor();
    // The mediator's sheet and one for each seat of the guide, each with its rubric.
    const seats = Object.keys(guide.seats).length + 1;
    expect(await frame.locator('table.page').count()).toBe(seats);
    expect(await frame.locator('table.rubric').count()).toBe(seats);
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(session.errors).toEqual([]);
  });

  it('leaves every guide’s text out of the game’s scripts', async () => {
    const base = inject('baseUrl');
    const html = await (await fetch(base)).text();
    const seen = new Set<string>();
    const queue = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1] ?? '');
    // Follow every script the page can load, its imports and dynamic imports too.
    while (queue.length > 0) {
      const next = queue.pop() ?? '';
      const url = new URL(next, base).href;
      if (seen.has(url)) continue;
      seen.add(url);
      const js = await (await fetch(url)).text();
      expect(js.includes(firstGoal.slice(0, 60)), url).toBe(false);
      for (const m of js.matchAll(/["'`]((?:\.{0,2}\/)?(?:assets\/)?[\w.-]+\.js)["'`]/g))
        queue.push(new URL(m[1] ?? '', url).href);
    }
    expect(seen.size).toBeGreaterThan(3);
  });
});
