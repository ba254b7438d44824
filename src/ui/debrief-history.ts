import type { Comparison } from '../client';
import type { Play } from '../game/play';
import { clauseTitle, delegationName, pick, translate, wordingShort } from '../i18n/content';
import { el } from './dom';

/** A mark beside each word, so the comparison never rests on colour alone. */
const MARK = {
  same: '=',
  stronger: '▲',
  weaker: '▼',
  missing: '✕',
  extra: '+',
  gained: '▲',
  lost: '▼',
  other: '≠',
} as const;

/**
 * The history section of a historical round's debrief (issue 6): the player's communiqué beside the
 * real one clause by clause, who signed in each, and in plain words what each did that the other did not.
 */
export function historySection(play: Play, comparison: Comparison): HTMLElement | null {
  const { content } = play;
  const history = content.round.history;
  if (history === null) return null;
  const { t, locale } = play.shell;
  const say = (m: Comparison['achieved'][number]): HTMLElement => el('li', translate(m, content, t, locale));
  const caption = (key: string): HTMLElement => el('caption', t(key));
  const clauses = el('table', null, { class: 'data compare' }, [
    caption('historyView.clausesCaption'),
    el('thead', null, {}, [
      el(
        'tr',
        null,
        {},
        ['clause', 'player', 'real', 'change'].map((k) => el('th', t(`historyView.col.${k}`), { scope: 'col' })),
      ),
    ]),
    el(
      'tbody',
      null,
      {},
      comparison.clauses.map((c) =>
        el('tr', null, { class: `change-${c.change}` }, [
          el('th', clauseTitle(content, c.clause, locale), { scope: 'row' }),
          el('td', wordingShort(content, c.clause, c.player, locale, t)),
          el('td', wordingShort(content, c.clause, c.real, locale, t)),
          el('td', `${MARK[c.change]} ${t(`historyView.change.${c.change}`)}`),
        ]),
      ),
    ),
  ]);
  const signatures = el('table', null, { class: 'data compare' }, [
    caption('historyView.signaturesCaption'),
    el('thead', null, {}, [
      el(
        'tr',
        null,
        {},
        ['delegation', 'playerResult', 'realResult', 'change'].map((k) =>
          el('th', t(`historyView.col.${k}`), { scope: 'col' }),
        ),
      ),
    ]),
    el(
      'tbody',
      null,
      {},
      comparison.signatures.map((s) =>
        el('tr', null, { class: `change-${s.change}` }, [
          el('th', delegationName(content, s.delegation, locale), { scope: 'row' }),
          el('td', t(`resultWord.${s.player}`)),
          el('td', t(`resultWord.${s.real}`)),
          el('td', `${MARK[s.change]} ${t(`historyView.signature.${s.change}`)}`),
        ]),
      ),
    ),
  ]);
  const points = el(
    'ul',
    null,
    { class: 'key-points' },
    history.keyPoints.map((k) => el('li', pick(k.text, locale))),
  );
  return el('section', null, { class: 'history', 'aria-labelledby': 'history-title' }, [
    el('h2', t('historyView.heading'), { id: 'history-title' }),
    el('p', t('historyView.document', { document: pick(history.document, locale) })),
    el('p', comparison.summary.map((m) => translate(m, content, t, locale)).join(' '), { class: 'verdict' }),
    el('div', null, { class: 'compare-lists' }, [
      el('section', null, { 'aria-labelledby': 'achieved-title' }, [
        el('h3', t('historyView.achieved'), { id: 'achieved-title' }),
        comparison.achieved.length === 0
          ? el('p', t('historyView.none'))
          : el('ul', null, {}, comparison.achieved.map(say)),
      ]),
      el('section', null, { 'aria-labelledby': 'missed-title' }, [
        el('h3', t('historyView.missed'), { id: 'missed-title' }),
        comparison.missed.length === 0
          ? el('p', t('historyView.none'))
          : el('ul', null, {}, comparison.missed.map(say)),
      ]),
    ]),
    el(
      'div',
      null,
      {
        class: 'table-scroll compare-scroll',
        tabindex: '0',
        role: 'region',
        'aria-label': t('historyView.clausesCaption'),
      },
      [clauses],
    ),
    el(
      'div',
      null,
      {
        class: 'table-scroll compare-scroll',
        tabindex: '0',
        role: 'region',
        'aria-label': t('historyView.signaturesCaption'),
      },
      [signatures],
    ),
    el('h3', t('historyView.keyPoints')),
    el('p', t('historyView.keyPointsNote'), { class: 'hint' }),
    points,
  ]);
}
