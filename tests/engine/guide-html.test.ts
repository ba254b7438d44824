import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { guideHtml, sheetsHtml, type GuideHtmlOptions } from '../../src/engine/guide-html';
import { dateRange, escapeHtml } from '../../src/engine/guide-print';
import type { Guide } from '../../src/engine/scenario/guide';
import { guideSeats } from '../../src/engine/scenario/guide-seats';
import { DELEGATIONS } from '../../src/engine/vocabulary';
import { createI18n } from '../../src/i18n';
import { library } from '../support/library';

/** Issue 16: the teacher's guide and the debrief sheets as print-ready HTML, built without a DOM. */

let translator: i18n;
let en: GuideHtmlOptions;
beforeAll(async () => {
  translator = await createI18n('en');
  en = { locale: 'en', t: (key, vars) => translator.t(key, vars ?? {}) };
});

const guide = (id = 'astana-01'): Guide => {
  const found = library().guides.get(id);
  if (found === undefined) throw new Error(`no guide ${id}`);
  return found;
};

/** A guide whose every text is hostile markup. */
function poisoned(source: Guide): Guide {
  const poison = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(poison);
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string') return { en: `<script>alert("x")</script> & <b onclick='y'>${record.en}</b>` };
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, poison(v)]));
  };
  return {
    ...(poison(source) as Guide),
    sources: [{ url: 'https://example.org/?a=1&b="<x>"', from: 'rounds.json' }],
  };
}

const pagesOf = (html: string): string[] => html.split('<table class="page"').slice(1);

describe('guide HTML', () => {
  it('escapes every text it is given, and carries no script at all', () => {
    const bad = poisoned(guide());
    for (const html of [guideHtml(bad, en), sheetsHtml(bad, en)]) {
      expect(html).not.toMatch(/<script|<b[ >]|<[^>]*\sonclick=/i);
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b onclick=&#39;y&#39;&gt;');
    }
    expect(guideHtml(bad, en)).toContain('href="https://example.org/?a=1&amp;b=&quot;&lt;x&gt;&quot;"');
  });

  it('escapes the words of the translator too', () => {
    const html = guideHtml(guide(), { locale: 'en', t: (key) => `<i>${key}</i>` });
    expect(html).not.toContain('<i>');
    expect(html).toContain('&lt;i&gt;guide.learningGoals&lt;/i&gt;');
  });

  it('is a whole document in the reader’s language, with print rules and no missing words', () => {
    const html = guideHtml(guide(), en);
    expect(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(html).toContain('<title>Astana 1: the first meeting: teacher’s guide</title>');
    expect(html).toContain('@page');
    // i18next returns the key itself for a missing string.
    expect(html).not.toMatch(/>(guide|roundContext|ui)\.[a-zA-Z.]+</);
    expect(html).toMatch(/23\s?–\s?24 January 2017/u);
  });

  it('puts the round’s name at the head of every printed page, in a head that repeats when a page runs over', () => {
    for (const html of [guideHtml(guide('astana-13'), en), sheetsHtml(guide('astana-13'), en)]) {
      const pages = pagesOf(html);
      expect(pages.length).toBeGreaterThan(2);
      for (const page of pages) expect(page).toMatch(/^[^>]*><thead><tr><td><div class="running"><span>Nur-Sultan 13:/);
    }
  });

  it('gives the teacher every seat’s watch-for notes, the questions, the goals and the sources', () => {
    const g = guide('astana-04');
    const html = guideHtml(g, en);
    for (const seat of guideSeats(g, DELEGATIONS)) expect(html).toContain(`<section class="seat" data-seat="${seat}">`);
    for (const q of g.questions) expect(html).toContain(escapeHtml(q.en));
    for (const goal of g.learningGoals) expect(html).toContain(escapeHtml(goal.en));
    for (const s of g.sources) expect(html).toContain(`href="${escapeHtml(s.url)}"`);
  });

  it('prints one sheet per seat, the mediator first, each with its questions and its rubric’s 0, 2 and 4', () => {
    const g = guide('astana-03');
    const html = sheetsHtml(g, en);
    const seats = guideSeats(g, DELEGATIONS);
    const pages = pagesOf(html);
    expect(pages.map((p) => /data-seat="([a-z]+)"/.exec(p)?.[1])).toEqual(seats);
    const opposition = g.seats.opposition;
    const page = pages[seats.indexOf('opposition')] ?? '';
    for (const q of opposition?.sheet ?? []) expect(page).toContain(escapeHtml(q.en));
    for (const row of opposition?.rubric ?? [])
      for (const level of ['0', '2', '4'] as const) expect(page).toContain(escapeHtml(row.levels[level].en));
    expect(page).toContain('Syrian armed opposition');
  });

  it('prints a single seat’s sheet on its own, titled with the round and the seat', () => {
    const html = sheetsHtml(guide('astana-20'), en, ['iran']);
    expect(pagesOf(html)).toHaveLength(1);
    expect(html).toContain('<title>Astana 20: the last round?: debrief sheet, Iran</title>');
  });

  it('falls back to English for a text not yet translated, and writes Arabic right to left', () => {
    const g = guide();
    const html = guideHtml(
      {
        ...g,
        learningGoals: [{ en: 'English only', ar: 'بالعربية' }, ...g.learningGoals],
        questions: [{ en: 'A question nobody has translated yet?' }, ...g.questions],
      },
      {
        ...en,
        locale: 'ar',
      },
    );
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('بالعربية');
    expect(html).toContain('A question nobody has translated yet?');
  });

  it('writes date ranges in words without the engine reading a clock', () => {
    // ICU versions differ on the spaces around the dash.
    expect(dateRange('2017-07-04', '2017-07-05', 'en')).toMatch(/^4\s?–\s?5 July 2017$/u);
    expect(dateRange('2024-12-31', '2025-01-01', 'en')).toMatch(/^31 December 2024\s?–\s?1 January 2025$/u);
    expect(dateRange('2020-02-29', '2020-02-29', 'en')).toBe('29 February 2020');
  });
});
