import type { TimelinePoint } from '../client';
import type { Play } from '../game/play';
import { delegationName } from '../i18n/content';
import { chartLife } from './chart-life';
import { numberText } from '../i18n/format';
import { el } from './dom';
import { movePoints, moveWords } from './trust-moves';

/** Okabe–Ito colours with a dash pattern each, so no line depends on colour alone. */
const LINES: readonly { colour: string; dash: number[] }[] = [
  { colour: '#0072B2', dash: [] },
  { colour: '#E69F00', dash: [8, 4] },
  { colour: '#009E73', dash: [2, 3] },
  { colour: '#D55E00', dash: [12, 4, 2, 4] },
  { colour: '#CC79A7', dash: [4, 4] },
  { colour: '#56B4E9', dash: [1, 2] },
  { colour: '#000000', dash: [10, 2] },
  { colour: '#F0E442', dash: [6, 2, 2, 2] },
];
const series = (label: string, i: number) => {
  const line = LINES[i % LINES.length] ?? LINES[0];
  return { label, stroke: line?.colour, dash: line?.dash, width: 2, points: { show: false } };
};
const MOOD_LEVEL = { cooperative: 2, wary: 1, obstructive: 0 } as const;

/** uPlot draws its axes on a canvas: in the game's own font, so Cyrillic and Arabic names look as on the page. */
export const AXIS_FONT = { font: '12px "Astana Sans", sans-serif', labelFont: 'bold 12px "Astana Sans", sans-serif' };

/** Trust and moods over the round as uPlot charts, with the same figures in a table beside them. */
export async function chartSection(play: Play, all: readonly TimelinePoint[], slot: HTMLElement): Promise<void> {
  const { t, locale } = play.shell;
  // One row per move, in words: the first is the delegations taking their seats (no second "start" row).
  const points = movePoints(all);
  const ids = play.content.delegations;
  const names = ids.map((id) => delegationName(play.content, id, locale));
  const xs = points.map((_, i) => i + 1);
  const table = el('table', null, { class: 'data' }, [
    el('caption', t('ui.debrief.tableCaption'), { class: 'visually-hidden' }),
    el('thead', null, {}, [
      el('tr', null, {}, [
        el('th', t('ui.debrief.move'), { scope: 'col' }),
        el('th', t('ui.debrief.minute'), { scope: 'col' }),
        ...names.map((n) => el('th', n, { scope: 'col' })),
      ]),
    ]),
    el(
      'tbody',
      null,
      {},
      points.map((p, i) =>
        el('tr', null, {}, [
          el('th', moveWords(play, p, i + 1), { scope: 'row' }),
          el('td', numberText(locale, p.minute)),
          ...ids.map((id) => {
            const trust = p.trust[id];
            const mood = p.mood[id];
            // Before a delegation has come it has no mood: none is made up.
            const shown = trust === undefined ? '' : numberText(locale, trust);
            return el(
              'td',
              trust === undefined ? '—' : mood === undefined ? shown : `${shown} (${t(`ui.mood.${mood}`)})`,
            );
          }),
        ]),
      ),
    ),
  ]);
  const trustBox = el('figure', null, { class: 'chart' }, [el('figcaption', t('ui.debrief.chartTrust'))]);
  const moodBox = el('figure', null, { class: 'chart' }, [el('figcaption', t('ui.debrief.chartMood'))]);
  const charts = el('div', null, { class: 'charts', 'aria-hidden': 'true' }, [trustBox, moodBox]);
  const tableBox = el('div', null, { class: 'table-box' }, [
    el('p', t('ui.debrief.tableCaption'), { class: 'label', 'aria-hidden': 'true' }),
    el(
      'div',
      null,
      { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('ui.debrief.tableCaption') },
      [table],
    ),
  ]);
  slot.replaceChildren(el('div', null, { class: 'chart-grid' }, [charts, tableBox]));
  const life = chartLife();
  const [{ default: UPlot }] = await Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]);
  if (life.gone) return;
  const width = Math.max(240, Math.min(720, (trustBox.clientWidth || 600) - 12));
  const common = {
    width,
    height: Math.max(200, Math.round(width * 0.45)),
    legend: { show: true },
    cursor: { show: true },
    scales: { x: { time: false } },
  };
  const trust = new UPlot(
    {
      ...common,
      series: [{ label: t('ui.debrief.move') }, ...names.map(series)],
      axes: [
        { label: t('ui.debrief.move'), incrs: [1, 2, 5, 10, 20], ...AXIS_FONT },
        { label: '0–100', ...AXIS_FONT },
      ],
    },
    [xs, ...ids.map((id) => points.map((p) => p.trust[id] ?? null))],
    trustBox,
  );
  const mood = new UPlot(
    {
      ...common,
      height: Math.max(170, Math.round(width * 0.35)),
      scales: { ...common.scales, y: { range: [-0.2, 2.2] } },
      series: [
        { label: t('ui.debrief.move') },
        ...names.map((n, i) => ({ ...series(n, i), paths: UPlot.paths.stepped?.({ align: 1 }) })),
      ],
      axes: [
        { label: t('ui.debrief.move'), incrs: [1, 2, 5, 10, 20], ...AXIS_FONT },
        {
          ...AXIS_FONT,
          values: (_u: unknown, ticks: number[]) =>
            ticks.map((v) =>
              v === 2
                ? t('ui.mood.cooperative')
                : v === 1
                  ? t('ui.mood.wary')
                  : v === 0
                    ? t('ui.mood.obstructive')
                    : '',
            ),
          splits: () => [0, 1, 2],
          size: 90,
        },
      ],
    },
    [
      xs,
      ...ids.map((id) =>
        points.map((p) => {
          const m = p.mood[id];
          return m === undefined ? null : MOOD_LEVEL[m];
        }),
      ),
    ],
    moodBox,
  );
  life.keep(trust, mood);
  slot.dataset.charts = String([trust, mood].length);
}
