import type { i18n } from 'i18next';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { guideHtml, sheetsHtml, type GuideHtmlOptions } from '../../src/engine/guide-html';
import { guideSeats } from '../../src/engine/scenario/guide-seats';
import { DELEGATIONS } from '../../src/engine/vocabulary';
import { createI18n } from '../../src/i18n';
import { catalogueOf } from '../support/catalogue';
import { CHROMIUM_ARGS } from '../support/chromium';
import { library } from '../support/library';

/**
 * Issue 16: every seat's debrief sheet prints on exactly one page, on A4 and on Letter, so every page
 * carries the round's name; the teacher's guide prints whole on both. Issue 19: in Russian and Arabic too,
 * whose texts run longer or shorter than the English.
 */

const LOCALES = ['en', 'ru', 'ar'] as const;

let browser: Browser;
let page: Page;
const options = new Map<string, GuideHtmlOptions>();
beforeAll(async () => {
  for (const locale of LOCALES) {
    const i18next: i18n = await createI18n(
      locale,
      locale === 'en' ? undefined : (catalogueOf(locale) as Parameters<typeof createI18n>[1]),
    );
    options.set(locale, { locale, t: (key, vars) => i18next.t(key, vars ?? {}) });
  }
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
  const cases = LOCALES.flatMap((locale) => GUIDES.map((g) => [g.id, locale, g] as const));
  it.each(cases)('%s in %s: one page per seat’s sheet on A4 and Letter', async (_, locale, guide) => {
    const seats = guideSeats(guide, DELEGATIONS).length;
    const html = sheetsHtml(guide, options.get(locale) as GuideHtmlOptions);
    expect(await printedPages(html, 'A4')).toBe(seats);
    expect(await printedPages(html, 'Letter')).toBe(seats);
  });

  it.each(LOCALES)(
    'prints the teacher’s guide of the round with most seats over a few pages in %s, on A4 and Letter',
    async (locale) => {
      const guide = GUIDES.reduce((a, b) => (Object.keys(b.seats).length > Object.keys(a.seats).length ? b : a));
      const html = guideHtml(guide, options.get(locale) as GuideHtmlOptions);
      const a4 = await printedPages(html, 'A4');
      const letter = await printedPages(html, 'Letter');
      expect(a4).toBeGreaterThanOrEqual(3);
      expect(a4).toBeLessThanOrEqual(10);
      expect(Math.abs(letter - a4)).toBeLessThanOrEqual(2);
    },
  );
});
