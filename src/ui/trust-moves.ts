import type { TimelinePoint } from '../client';
import type { Play } from '../game/play';
import { translate } from '../i18n/content';
import { decimalText, signedText } from '../i18n/format';
import { el } from './dom';

/** A move in words, numbered as the record counts it (issue 13: never `sound opposition monitoring:2`). */
export function moveWords(play: Play, p: TimelinePoint, n: number): string {
  const { t, locale } = play.shell;
  return p.move === null ? '' : `${n}. ${translate(p.move, play.content, t, locale)}`;
}

/** The points the debrief charts: one per move; the state before the first move has no row of its own. */
export const movePoints = (points: readonly TimelinePoint[]): readonly TimelinePoint[] =>
  points.filter((p) => p.move !== null);

const mean = (p: TimelinePoint): number => {
  const values = Object.values(p.trust).filter((v): v is number => v !== undefined);
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
};

/** The debrief's "what moved it": the moves after which the mean trust rose or fell the most. */
export function trustMoves(play: Play, points: readonly TimelinePoint[]): HTMLElement {
  const { t, locale } = play.shell;
  const steps = points.slice(1).map((p, i) => {
    const before = points[i];
    const from = before === undefined ? 0 : mean(before);
    const to = mean(p);
    // The numbered move, isolated so that the sentence around it keeps its own direction.
    return { move: `\u2068${moveWords(play, p, i + 1)}\u2069`, from, to, delta: to - from };
  });
  const moved = steps
    .filter((s) => Math.abs(s.delta) >= 0.05)
    .toSorted((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, 5);
  const list = el('ul', null, { class: 'moved' });
  for (const s of moved) {
    const delta = signedText(locale, s.delta);
    const from = decimalText(locale, s.from);
    list.append(
      el('li', t('ui.debrief.moved', { move: s.move, from, to: decimalText(locale, s.to), delta }), {
        class: s.delta > 0 ? 'tone-good' : 'tone-bad',
      }),
    );
  }
  if (moved.length === 0) list.append(el('li', t('ui.debrief.movedNone')));
  return el('section', null, { class: 'score-part', 'aria-labelledby': 'moved-title' }, [
    el('h3', t('ui.debrief.movedHeading'), { id: 'moved-title' }),
    el('p', t('ui.debrief.movedIntro'), { class: 'hint' }),
    list,
  ]);
}
