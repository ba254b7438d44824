import type { TrajectoryPoint } from '../client';
import { chartLife } from './chart-life';
import { numberText } from '../i18n/format';
import { AXIS_FONT } from './chart';
import { el } from './dom';
import type { Shell } from './shell';

/** Okabe–Ito colours, the real lines dashed: the chart never depends on colour alone. */
const LINES = [
  { key: 'playerEndorse', colour: '#0072B2', dash: [] as number[] },
  { key: 'realEndorse', colour: '#E69F00', dash: [8, 4] },
  { key: 'playerClauses', colour: '#009E73', dash: [2, 3] },
  { key: 'realClauses', colour: '#D55E00', dash: [12, 4, 2, 4] },
] as const;

/** The campaign's trajectory against the real one as a uPlot chart, with the same figures in a table beside it. */
export async function campaignChart(
  shell: Shell,
  points: readonly TrajectoryPoint[],
  label: (round: string) => string,
  slot: HTMLElement,
): Promise<void> {
  const { t, locale } = shell;
  const n = (value: number): string => numberText(locale, value);
  const yes = (b: boolean): string => t(b ? 'campaign.yes' : 'campaign.no');
  const head = ['round', 'playerAdopted', 'realAdopted', ...LINES.map((l) => l.key)].map((k) =>
    el('th', t(`campaign.col.${k}`), { scope: 'col' }),
  );
  const table = el('table', null, { class: 'data' }, [
    el('caption', t('campaign.tableCaption'), { class: 'visually-hidden' }),
    el('thead', null, {}, [el('tr', null, {}, head)]),
    el(
      'tbody',
      null,
      {},
      points.map((p) =>
        el('tr', null, {}, [
          el('th', label(p.round), { scope: 'row' }),
          el('td', yes(p.player.adopted)),
          el('td', yes(p.real.adopted)),
          el('td', n(p.player.endorsements)),
          el('td', n(p.real.endorsements)),
          el('td', n(p.player.clauses)),
          el('td', n(p.real.clauses)),
        ]),
      ),
    ),
  ]);
  const boxes = (['endorse', 'clauses'] as const).map((k) =>
    el('figure', null, { class: 'chart' }, [el('figcaption', t(`campaign.chart.${k}`))]),
  );
  const tableBox = el('div', null, { class: 'table-box' }, [
    el('p', t('campaign.tableCaption'), { class: 'label', 'aria-hidden': 'true' }),
    el(
      'div',
      null,
      { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('campaign.tableCaption') },
      [table],
    ),
  ]);
  slot.replaceChildren(
    el('div', null, { class: 'chart-grid' }, [
      el('div', null, { class: 'charts', 'aria-hidden': 'true' }, boxes),
      tableBox,
    ]),
  );
  if (points.length === 0) return;
  const life = chartLife();
  const [{ default: UPlot }] = await Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]);
  if (life.gone) return;
  const width = Math.max(240, Math.min(720, (boxes[0]?.clientWidth || 600) - 12));
  const xs = points.map((_, i) => i + 1);
  const values = {
    playerEndorse: points.map((p) => p.player.endorsements),
    realEndorse: points.map((p) => p.real.endorsements),
    playerClauses: points.map((p) => p.player.clauses),
    realClauses: points.map((p) => p.real.clauses),
  };
  // Yours: a solid line and small filled points; the real round: dashed, with large hollow rings, so equal values stay
  // visible.
  const line = (l: (typeof LINES)[number], real: boolean) => ({
    label: t(`campaign.col.${l.key}`),
    stroke: l.colour,
    dash: [...l.dash],
    width: 2,
    points: real ? { show: true, size: 13, width: 2, fill: '#ffffff' } : { show: true, size: 7, fill: l.colour },
  });
  const charts = (
    [
      [LINES[0], LINES[1]],
      [LINES[2], LINES[3]],
    ] as const
  ).map(
    ([mine, real], i) =>
      new UPlot(
        {
          width,
          height: Math.max(180, Math.round(width * 0.38)),
          legend: { show: true, live: false },
          cursor: { show: true },
          scales: {
            x: { time: false },
            y: { range: (_u: unknown, _lo: number, hi: number) => [0, Math.max(4, hi + 1)] },
          },
          series: [{ label: t('campaign.col.round') }, line(mine, false), line(real, true)],
          axes: [
            {
              ...AXIS_FONT,
              label: t('campaign.roundsPlayed'),
              incrs: [1, 2, 5],
              values: (_u: unknown, ticks: number[]) =>
                ticks.map((v) => {
                  const r = Number.isInteger(v) ? points[v - 1]?.round : undefined;
                  return r === undefined ? '' : n(Number(r.slice(-2)));
                }),
            },
            { label: t('campaign.count'), incrs: [1, 2, 5], ...AXIS_FONT },
          ],
        },
        [xs, values[mine.key], values[real.key]],
        boxes[i] as HTMLElement,
      ),
  );
  life.keep(...charts);
  slot.dataset.charts = String(charts.length);
}
