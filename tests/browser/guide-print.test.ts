import type { i18n } from 'i18next';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { guideHtml, sheetsHtml, type GuideHtmlOptions } from '../../src/engine/guide-html';
import { guideSeats } from '../../src/engine/scenario/guide-seats';
import { DELEGATIONS } from '../../src/engine/vocabulary';
import { createI18n } from '../../src/i18n';
import { CHROMIUM_ARGS } from '../support/chromium';
import { library } from '../support/library';

/**
 * Issue 16: every seat's debrief sheet prints on exactly one page, on A4 and on Letter, so every page
 * carries the round's name; the teacher's guide prints whole on both.
 */

let browser: Browser;
let page: Page;
let en: GuideHtmlOptions;
beforeAll(async () => {
  const i18next: i18n = await createI18n('en');
  en = { locale: 'en', t: (key, vars) => i18next.t(key, vars ?? {}) };
  browser = await chromium.launch({ executablePath: inject('chromium'), args: CHROMIUM_ARGS, headless: true });
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Pages in a PDF as Chromium writes it: one page object each. */
async function printedPages(html: string, format: 'A4' | 'Letter'): Promise<number> {
  await page.setContent(html);
  const pdf = (await page.pdf({ format })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page\b/g) ?? []).length;
}

const GUIDES = [...library().guides.values()].toSorted((a, b) => a.round - b.round);

describe('printing the guides', () => {
  it.each(GUIDES.map((g) => [g.id, g] as const))('%s: one page per seat’s sheet on A4 and Letter', async (_, guide) => {
    const seats = guideSeats(guide, DELEGATIONS).length;
    const html = sheetsHtml(guide, en);
    expect(await printedPages(html, 'A4')).toBe(seats);
    expect(await printedPages(html, 'Letter')).toBe(seats);
  });

  it('prints the teacher’s guide of the round with most seats over a few pages, the same on A4 and Letter', async () => {
    const guide = GUIDES.reduce((a, b) => (Object.keys(b.seats).length > Object.keys(a.seats).length ? b : a));
    const html = guideHtml(guide, en);
    const a4 = await printedPages(html, 'A4');
    const letter = await printedPages(html, 'Letter');
    expect(a4).toBeGreaterThanOrEqual(3);
    expect(a4).toBeLessThanOrEqual(10);
    expect(Math.abs(letter - a4)).toBeLessThanOrEqual(2);
  });
});
