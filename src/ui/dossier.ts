import type { DelegationId, RoundView } from '../client';
import type { Play } from '../game/play';
import { clauseTitle, delegationName, translate, wordingShort } from '../i18n/content';
import { tagsText } from '../i18n/format';
import { el } from './dom';
import { flagSvg } from './flag-svg';
import { whyList } from './why-list';
import { goalWords, isRedLine, signed, stateLabel, type Words } from './why-words';
import { flagOf, headOf } from './words';

const MOOD_ICON = { cooperative: '✓', wary: '–', obstructive: '✕' } as const;

/**
 * What the mediator has learned about one delegation, and "why would they refuse?" limited to that: all of it
 * from the mediator's view, its reasons from the view's `why` (the goal charts, as far as the mediator knows them).
 */
export function dossier(play: Play, view: RoundView, id: DelegationId): HTMLElement {
  const { t, locale } = play.shell;
  const { content } = play;
  const d = view.delegations.find((x) => x.id === id);
  const root = el('section', null, {
    class: 'panel dossier',
    'aria-labelledby': 'dossier-title',
    id: 'dossier-panel',
    tabindex: '-1',
  });
  if (d === undefined) return root;
  const name = delegationName(content, id, locale);
  const words: Words = { t, content, locale };
  const goals = el('ul', null, { class: 'goals' });
  for (const g of d.goals) {
    const tags = [
      t(`ui.kind.${g.kind}`),
      stateLabel(words, g),
      t(g.public ? 'ui.dossier.public' : 'ui.dossier.learned'),
      isRedLine(g) ? t('ui.dossier.redLine') : null,
    ].filter((x) => x !== null);
    goals.append(
      el('li', null, { class: `goal ${g.status}` }, [
        el('span', goalWords(words, d, g.id)),
        el('span', ` (${tagsText(locale, tags)})`, { class: 'meta' }),
      ]),
    );
  }
  if (d.unknownGoals > 0)
    goals.append(el('li', t('ui.dossier.unknownGoals', { count: d.unknownGoals }), { class: 'meta' }));
  const replies = el('ul', null, { class: 'replies' });
  for (const r of d.replies)
    replies.append(
      el(
        'li',
        translate(
          {
            key: `log.reply.${r.reply}`,
            params: {
              delegation: id,
              clause: r.clause,
              strength: r.strength,
              ...(r.suggested === null ? {} : { suggested: r.suggested }),
            },
          },
          content,
          t,
          locale,
        ),
      ),
    );
  if (d.replies.length === 0) replies.append(el('li', t('ui.dossier.noReplies'), { class: 'meta' }));
  const promises = view.promises
    .filter((p) => p.delegation === id)
    .map((p) =>
      el('li', `${clauseTitle(content, p.clause, locale)}: ${wordingShort(content, p.clause, p.strength, locale, t)}`),
    );
  const meter = el('meter', null, {
    min: '0',
    max: '100',
    low: '35',
    high: '65',
    optimum: '100',
    value: String(d.trust),
    'aria-label': t('ui.dossier.trust', { trust: d.trust }),
  });
  const present = d.attendance === 'seated';
  root.append(
    el('div', null, { class: 'card-head' }, [
      flagSvg(flagOf(content, id), 36),
      el('h2', `${t('ui.dossier.heading')}: ${name}`, { id: 'dossier-title' }),
    ]),
    el('p', `${t(`ui.role.${d.role}`)} · ${headOf(content, id, locale)}`, { class: 'meta' }),
    el('p', null, { class: `mood mood-${d.mood}` }, [
      el('span', present ? MOOD_ICON[d.mood] : '∅', { class: 'mood-icon', 'aria-hidden': 'true' }),
      el(
        'span',
        ` ${present ? t(`ui.mood.${d.mood}`) : ''}${present ? ' · ' : ''}${t(`ui.attendance.${d.attendance}`)}`,
      ),
    ]),
    // "Cooperative" and then a refusal puzzled players (issue 13): the mood is manner, the goals decide.
    el('p', t('ui.dossier.moodHint'), { class: 'hint mood-hint', hidden: !present }),
    el('p', null, { class: 'trust' }, [el('span', t('ui.dossier.trust', { trust: d.trust })), meter]),
    el('p', d.stance === null ? '' : t('ui.dossier.stance', { decision: t(`decisionWord.${d.stance}`) }), {
      hidden: d.stance === null,
    }),
    el('h3', t('ui.dossier.goals')),
    goals,
    el('h3', t('ui.dossier.replies')),
    replies,
    el('h3', t('ui.dossier.promises')),
    promises.length === 0 ? el('p', t('ui.dossier.nothing'), { class: 'meta' }) : el('ul', null, {}, promises),
    el('h3', t('ui.dossier.why')),
    el('p', t('ui.dossier.whyIntro'), { class: 'hint' }),
    whyList(words, d),
    el('p', t('why.total', { worth: signed(d.why.knownWorth, locale) }), { class: 'why-total' }),
  );
  return root;
}
