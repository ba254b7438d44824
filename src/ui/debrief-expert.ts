import type { ExpertView } from '../client';
import type { Play } from '../game/play';
import { mediatorView } from '../game/play';
import { delegationName, translate } from '../i18n/content';
import { numberText } from '../i18n/format';
import { AXIS_FONT } from './chart';
import { chartLife } from './chart-life';
import { el } from './dom';
import { behindText } from './why-words';

/** Okabe–Ito blue and orange (told apart by every common colour-vision type), and the bars stand left and right. */
const PLAYER = '#0072B2';
const NASH = '#E69F00';

/**
 * The expert's benchmark (issue 5): how far the player's text was from the feasible set, the Pareto
 * frontier and the Nash draft, in words, in a chart of each delegation's gain and in a table beside it.
 */
export function expertSection(play: Play): HTMLElement {
  const { t } = play.shell;
  const slot = el('div', null, { class: 'expert-body', 'aria-busy': 'true' }, [
    el('p', t('expertView.working'), { class: 'hint' }),
  ]);
  const section = el('section', null, { class: 'expert', 'aria-labelledby': 'expert-title' }, [
    el('h2', t('expertView.heading'), { id: 'expert-title' }),
    el('p', t('expertView.intro')),
    slot,
  ]);
  // The benchmark walks every draft of the agenda: the host works it out off the page's thread.
  void play.shell.client.request('expert', {}).then((reply) => {
    if (reply.ok && slot.isConnected) void fill(play, reply.value, slot);
    else if (!reply.ok) slot.replaceChildren(el('p', t(reply.refusal.key), { role: 'alert' }));
  });
  return section;
}

async function fill(play: Play, ex: ExpertView, slot: HTMLElement): Promise<void> {
  const { t, locale } = play.shell;
  const { content } = play;
  const view = mediatorView(play);
  // A gain that differs between the two texts names the goals behind it, as far as the mediator knows them.
  const behind = (m: ExpertView['messages'][number]): string => {
    const id = m.params?.delegation;
    const d = view.delegations.find((x) => x.id === id);
    if (d === undefined || (m.key !== 'expert.leftOnTable' && m.key !== 'expert.gainedOver')) return '';
    return behindText({ t, content, locale }, d, ex.behind[d.id]);
  };
  const words = el(
    'ul',
    null,
    { class: 'expert-words' },
    ex.messages.map((m) => {
      const why = behind(m);
      return el('li', null, {}, [
        el('span', translate(m, content, t, locale)),
        why === '' ? null : el('span', ` ${why}`, { class: 'why-line' }),
      ]);
    }),
  );
  const names = ex.chart.delegations.map((d) => delegationName(content, d, locale));
  const shortNames = ex.chart.delegations.map((d) => t(`expertView.short.${d}`));
  // The table says what the chart shows: points capped at ±100, a refusal at −100 in words, and what was left on
  // the table as the difference of the two columns beside it.
  const cell = (raw: number | null, shown: number | undefined): string =>
    raw === null || shown === undefined
      ? '—'
      : raw <= ex.blockedGain
        ? t('expertView.refuses')
        : numberText(locale, shown);
  const table = el('table', null, { class: 'data expert-table' }, [
    el('caption', t('expertView.tableCaption'), { class: 'visually-hidden' }),
    el('thead', null, {}, [
      el(
        'tr',
        null,
        {},
        ['delegation', 'player', 'nash', 'best', 'left'].map((k) =>
          el('th', t(`expertView.col.${k}`), { scope: 'col' }),
        ),
      ),
    ]),
    el(
      'tbody',
      null,
      {},
      ex.shares.map((s, i) => {
        const player = ex.chart.player[i] ?? 0;
        const nash = ex.chart.nash[i] ?? 0;
        return el('tr', null, {}, [
          el('th', names[i] ?? s.delegation, { scope: 'row' }),
          el('td', cell(s.player, player)),
          el('td', cell(s.nash, nash)),
          el('td', cell(s.best, ex.chart.best[i])),
          el('td', s.nash === null ? '—' : numberText(locale, Math.max(0, nash - player))),
        ]);
      }),
    ),
  ]);
  const box = el('figure', null, { class: 'chart' }, [
    el('figcaption', t('expertView.chartCaption', { line: ex.chart.signLine })),
  ]);
  const tableBox = el('div', null, { class: 'table-box' }, [
    el('p', t('expertView.tableCaption'), { class: 'label', 'aria-hidden': 'true' }),
    el(
      'div',
      null,
      { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('expertView.tableCaption') },
      [table],
    ),
  ]);
  const grid = el('div', null, { class: 'chart-grid' }, [
    el('div', null, { class: 'charts', 'aria-hidden': 'true' }, [box]),
    tableBox,
  ]);
  slot.replaceChildren(words, grid);
  slot.removeAttribute('aria-busy');
  const life = chartLife();
  const [{ default: UPlot }] = await Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]);
  if (life.gone) return;
  const width = Math.max(240, Math.min(720, (box.clientWidth || 600) - 12));
  const bars = (align: -1 | 1) => UPlot.paths.bars?.({ size: [0.35, 60], align });
  const xs = ex.chart.delegations.map((_, i) => i);
  const chart = new UPlot(
    {
      width,
      height: Math.max(220, Math.round(width * 0.5)),
      legend: { show: true, live: false },
      cursor: { show: false },
      scales: {
        x: { time: false, range: [-0.6, xs.length - 0.4] },
        y: { range: (_u: unknown, lo: number, hi: number) => [Math.min(FLOOR, lo), Math.max(20, hi + 5)] },
      },
      series: [
        { label: t('expertView.col.delegation') },
        {
          label: t('expertView.col.player'),
          stroke: PLAYER,
          fill: `${PLAYER}cc`,
          width: 1,
          paths: bars(-1),
          points: { show: false },
        },
        {
          label: t('expertView.col.nash'),
          stroke: NASH,
          fill: `${NASH}cc`,
          width: 1,
          paths: bars(1),
          points: { show: false },
        },
        { label: t('expertView.signLine'), stroke: '#000000', dash: [6, 4], width: 1.5, points: { show: false } },
      ],
      axes: [
        {
          ...AXIS_FONT,
          splits: () => xs,
          values: (_u: unknown, ticks: number[]) => ticks.map((v) => shortNames[v] ?? ''),
          ...(width < 520 ? { rotate: -45, size: 58 } : { size: 44 }),
        },
        { label: t('expertView.axis'), ...AXIS_FONT },
      ],
    },
    [xs, floored(ex.chart.player), floored(ex.chart.nash), xs.map(() => ex.chart.signLine)],
    box,
  );
  life.keep(chart);
  slot.dataset.charts = String([chart].length);
}

/** A red line crossed counts far below any gain; the chart shows it at its floor, the table says so. */
const FLOOR = -100;
const floored = (xs: readonly number[]): number[] => xs.map((x) => Math.max(FLOOR, x));
