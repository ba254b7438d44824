import type { Locator } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { isRedLine } from '../../src/engine/model/goals';
import { compileRound, delegationModel } from '../../src/engine/model/round-model';
import { scenario } from '../support/library';
import { openGame, type Session } from './browser';
import { onScreen, press } from './flow';
import { loadRecord, recordWith } from './why-flow';

/** The text of the block that follows a report's heading: the list (or "None.") of that section. */
const section = (report: Locator, heading: string): Promise<string> =>
  report.getByRole('heading', { name: heading, exact: true }).locator('xpath=following-sibling::*[1]').innerText();

/** The government's red lines in Astana 1, in words: a veto, or a hard goal of any kind. */
function governmentRedLines(): string[] {
  const dm = delegationModel(compileRound(scenario('astana-01'), '1', 'normal', true), 'government');
  const text = (id: string): string =>
    (dm.profile.goals.find((x) => x.id === id) ?? dm.profile.hiddenPool.find((x) => x.id === id))?.text.en ?? id;
  return dm.goals.filter(isRedLine).map((g) => text(g.id));
}

describe('a seat report a teacher can grade from (issue 16)', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('lists a crossed red line as crossed, and no red line under what the seat wanted or got', async () => {
    session = await openGame();
    const { page } = session;
    // The government's students refuse a text that speaks of a transition: their red line, crossed.
    const record = recordWith(
      { government: 'human' },
      'start',
      'proceed',
      'edit political:3',
      'plenary',
      'decide government refuses',
    );
    await loadRecord(page, record, 'debrief');
    await press(page, 'button', 'Seat reports for grading');
    await onScreen(page, 'reports');
    const report = page.getByRole('article', { name: 'Report: Syrian government' });
    await report.waitFor();

    const redLines = governmentRedLines();
    expect(redLines).toContain('Any talk of the president stepping down');
    const crossed = await report.locator('li.crossed').allInnerTexts();
    expect(crossed).toEqual([
      'Any talk of the president stepping down — crossed (the text says “transition” on Political process)',
    ]);
    // Every other red line is listed as held, none twice.
    const held = await report.locator('li.held .head').allInnerTexts();
    expect(held.toSorted()).toEqual(
      redLines
        .filter((g) => g !== 'Any talk of the president stepping down')
        .map((g) => `${g} — held`)
        .toSorted(),
    );
    const wanted = await section(report, 'What it wanted');
    const got = await section(report, 'What the text gave it');
    const gaveUp = await section(report, 'What it gave up');
    expect(wanted.length).toBeGreaterThan(0);
    for (const line of redLines) {
      expect(wanted).not.toContain(line);
      expect(got).not.toContain(line);
      expect(gaveUp).not.toContain(line);
    }
    // How it decided and who: its students refused, for the red line the text crossed.
    expect(await report.innerText()).toContain('Decision: refuses');
    expect(await section(report, 'How it decided')).toMatch(/students/i);
    expect(await report.locator('.why.decisive').innerText()).toContain('Any talk of the president stepping down');
    expect(session.errors).toEqual([]);
  });
});
