import type { Guide, GuideSeat, SeatGuide } from './scenario/guide';
import { guideSeats, RUBRIC_LEVELS, seatOf } from './scenario/guide-seats';
import type { Localized } from './scenario/schema';
import { dateRange, escapeHtml, PRINT_CSS } from './guide-print';
import { DELEGATIONS } from './vocabulary';

/**
 * Print-ready HTML for a round's teacher's guide and its debrief sheets (issue 16). Pure: strings in,
 * a whole document out, no script; every text is escaped. The words around the guide's own texts come
 * from the caller's translator (keys under `guide.*`, `roundContext.*`, `ui.classroom.criteria.*`), since
 * the engine writes no English of its own.
 */

export type GuideTranslate = (key: string, vars?: Readonly<Record<string, string | number>>) => string;

export interface GuideHtmlOptions {
  /** The reader's language: the guide's texts fall back to English where a translation is missing. */
  readonly locale: string;
  readonly t: GuideTranslate;
}

const RTL = new Set(['ar']);

const textOf = (text: Localized, locale: string): string =>
  (text as Readonly<Record<string, string | undefined>>)[locale] ?? text.en;

/** The pieces every page of one guide shares. */
interface Ctx {
  readonly guide: Guide;
  /** Translates and escapes. */
  readonly t: GuideTranslate;
  /** Translates only: for values put into another translation, which escapes the whole. */
  readonly raw: GuideTranslate;
  /** Picks the reader's language and escapes. */
  readonly l: (text: Localized) => string;
  readonly round: string;
  readonly when: string;
}

const context = (guide: Guide, { locale, t }: GuideHtmlOptions): Ctx => {
  const l = (text: Localized): string => escapeHtml(textOf(text, locale));
  return {
    guide,
    t: (key, vars) => escapeHtml(t(key, vars)),
    raw: t,
    l,
    round: l(guide.title),
    when: escapeHtml(
      t('guide.dates', {
        dates: dateRange(guide.dates.start, guide.dates.end, locale),
        venue: textOf(guide.venue, locale),
      }),
    ),
  };
};

export const seatName = (seat: GuideSeat, t: GuideTranslate): string =>
  seat === 'mediator' ? t('guide.mediator') : t(`roundContext.name.${seat}`);

const list = (tag: 'ol' | 'ul', items: readonly string[], cls = ''): string =>
  `<${tag}${cls === '' ? '' : ` class="${cls}"`}>${items.map((i) => `<li>${i}</li>`).join('')}</${tag}>`;

/** One printed unit: a table whose head, the round's name, repeats on each page it runs onto. */
const page = (c: Ctx, right: string, body: string, seat?: GuideSeat): string =>
  `<table class="page"${seat === undefined ? '' : ` data-seat="${seat}"`}><thead><tr><td>` +
  `<div class="running"><span>${c.round}</span><span>${right}</span></div>` +
  `</td></tr></thead><tbody><tr><td>\n${body}\n</td></tr></tbody></table>`;

function htmlDocument(locale: string, title: string, pages: readonly string[]): string {
  const dir = RTL.has(locale) ? 'rtl' : 'ltr';
  const head = `<meta charset="utf-8"><title>${title}</title><style>${PRINT_CSS}</style>`;
  const body = `<body>\n${pages.join('\n')}\n</body>`;
  return `<!doctype html>\n<html lang="${escapeHtml(locale)}" dir="${dir}"><head>${head}</head>${body}</html>\n`;
}

function watchFor(c: Ctx, seat: GuideSeat, s: SeatGuide): string {
  const row = (key: string, text: Localized): string => `<dt>${c.t(`guide.${key}`)}</dt><dd>${c.l(text)}</dd>`;
  return (
    `<section class="seat" data-seat="${seat}"><h3>${escapeHtml(seatName(seat, c.raw))}</h3>` +
    (s.present ? '' : `<p class="note">${c.t('guide.stayedAway')}</p>`) +
    `<dl>${row('aims', s.aims)}${row('redLines', s.redLines)}${row('tensions', s.tensions)}` +
    `${row('goodPlay', s.goodPlay)}${row('history', s.history)}</dl></section>`
  );
}

function overview(c: Ctx): string {
  const { guide, t, l } = c;
  return [
    `<h1>${c.round}</h1><p class="meta">${c.when}</p>`,
    `<h2>${t('guide.learningGoals')}</h2><p>${t('guide.learningGoalsIntro')}</p>`,
    list('ol', guide.learningGoals.map(l)),
    `<h2>${t('guide.realRound')}</h2><p>${l(guide.real.summary)}</p>`,
    `<dl><dt>${t('guide.whoCame')}</dt><dd>${l(guide.real.whoCame)}</dd>`,
    `<dt>${t('guide.agreed')}</dt><dd>${l(guide.real.agreed)}</dd>`,
    `<dt>${t('guide.notAgreed')}</dt><dd>${l(guide.real.notAgreed)}</dd></dl>`,
    `<h2>${t('guide.questions')}</h2>`,
    list('ol', guide.questions.map(l)),
  ].join('\n');
}

function sources(c: Ctx): string {
  const { guide, t, l } = c;
  const links = (from: string): string[] =>
    guide.sources.filter((s) => s.from === from).map((s) => `<a href="${escapeHtml(s.url)}">${escapeHtml(s.url)}</a>`);
  const delegations = links('delegations.md');
  return [
    `<h2>${t('guide.sources')}</h2><p>${t('guide.sourcesIntro')}</p>`,
    `<p>${t('roundContext.confidence', { level: t(`roundContext.level.${guide.confidence}`) })}</p>`,
    guide.caveats.length === 0 ? '' : `<h3>${t('roundContext.caveats')}</h3>${list('ul', guide.caveats.map(l))}`,
    `<h3>${t('guide.sourcesRound')}</h3>${list('ol', links('rounds.json'), 'sources')}`,
    delegations.length === 0 ? '' : `<h3>${t('guide.sourcesDelegations')}</h3>${list('ol', delegations, 'sources')}`,
  ].join('\n');
}

/** The teacher's guide: the round, the questions, each seat to watch, and the sources. */
export function guideHtml(guide: Guide, options: GuideHtmlOptions): string {
  const c = context(guide, options);
  const label = c.t('guide.teacherGuide');
  const seats = guideSeats(guide, DELEGATIONS).flatMap((seat) => {
    const s = seatOf(guide, seat);
    return s === undefined ? [] : [watchFor(c, seat, s)];
  });
  const pages = [
    page(c, label, overview(c)),
    page(c, label, [`<h2>${c.t('guide.watchFor')}</h2><p>${c.t('guide.watchForIntro')}</p>`, ...seats].join('\n')),
    page(c, label, sources(c)),
  ];
  return htmlDocument(
    options.locale,
    c.t('guide.documentTitle', { round: textOf(guide.title, options.locale) }),
    pages,
  );
}

function rubricTable(c: Ctx, s: SeatGuide): string {
  const head =
    `<thead><tr><th scope="col">${c.t('guide.criterion')}</th>` +
    RUBRIC_LEVELS.map((p) => `<th scope="col">${c.t('guide.points', { points: p })}</th>`).join('') +
    `<th scope="col">${c.t('guide.score')}</th></tr></thead>`;
  const rows = s.rubric.map(
    (r) =>
      `<tr><th scope="row">${c.t(`ui.classroom.criteria.${r.criterion}`)}<br><small>${c.l(r.focus)}</small></th>` +
      RUBRIC_LEVELS.map((p) => `<td>${c.l(r.levels[p])}</td>`).join('') +
      '<td class="score"></td></tr>',
  );
  const total =
    `<tr><th scope="row" colspan="${RUBRIC_LEVELS.length + 1}">${c.t('guide.total')}</th>` +
    '<td class="score"></td></tr>';
  return `<table class="rubric">${head}<tbody>${rows.join('')}${total}</tbody></table>`;
}

function sheetBody(c: Ctx, seat: GuideSeat, s: SeatGuide): string {
  return [
    `<h1>${c.t('guide.sheetHeading', { seat: seatName(seat, c.raw) })}</h1><p class="meta">${c.when}</p>`,
    `<div class="names"><strong>${c.t('guide.students')}</strong><span></span></div>`,
    `<p><strong>${c.t('guide.yourSeat')}:</strong> ${c.l(s.history)}</p>`,
    `<p>${c.t('guide.sheetQuestions')}</p>`,
    `<ol>${s.sheet.map((q) => `<li>${c.l(q)}<div class="answer"></div></li>`).join('')}</ol>`,
    `<h2>${c.t('guide.rubric')}</h2><p>${c.t('guide.rubricIntro')}</p>`,
    rubricTable(c, s),
    `<footer>${c.t('guide.footer')}</footer>`,
  ].join('\n');
}

/** Debrief sheets, one printed page each: the seats named, or every seat of the guide, the mediator first. */
export function sheetsHtml(guide: Guide, options: GuideHtmlOptions, only?: readonly GuideSeat[]): string {
  const c = context(guide, options);
  const seats = (only ?? guideSeats(guide, DELEGATIONS)).flatMap((seat) => {
    const s = seatOf(guide, seat);
    return s === undefined ? [] : [{ seat, s }];
  });
  const pages = seats.map(({ seat, s }) => page(c, escapeHtml(seatName(seat, c.raw)), sheetBody(c, seat, s), seat));
  const first = seats[0];
  const title =
    seats.length === 1 && first !== undefined
      ? c.t('guide.sheetTitle', { round: textOf(guide.title, options.locale), seat: seatName(first.seat, c.raw) })
      : c.round;
  return htmlDocument(options.locale, title, pages);
}
