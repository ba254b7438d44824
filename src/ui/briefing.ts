import type { DelegationId } from '../client';
import { act, mediatorView, type Play } from '../game/play';
import { clauseTitle, delegationName, pick, wordingShort } from '../i18n/content';
import { button, el } from './dom';
import { flagSvg } from './flag-svg';
import { show } from './shell';
import { attendance, sourcesSection } from './sources-panel';
import { flagOf, headOf } from './words';

/** The situation in plain words, the delegations and their public positions, the agenda and the score. */
export function showBriefing(play: Play): void {
  const { shell, content } = play;
  const { t, locale } = shell;
  const r = content.round;
  const record = mediatorView(play).record;
  const headLine = (id: DelegationId): string => t('ui.briefing.head', { head: headOf(content, id, locale) });
  const difficulty = t(`ui.difficulty.${record?.difficulty ?? 'normal'}`);
  const seedLine = t('ui.briefing.seed', { seed: record?.seed ?? '', difficulty });
  const delegations = el('ul', null, { class: 'cards' });
  for (const id of content.delegations) {
    const profile = content.profiles[id];
    const seat = content.seats[id];
    if (profile === undefined || seat === undefined) continue;
    const { role } = seat;
    const positions = el('ul', null, { class: 'positions' });
    for (const goal of profile.publicGoals)
      positions.append(el('li', `${t(`ui.kind.${goal.kind}`)}: ${pick(goal.text, locale)}`));
    delegations.append(
      el('li', null, { class: 'card' }, [
        el('div', null, { class: 'card-head' }, [
          flagSvg(flagOf(content, id), 42),
          el('h3', delegationName(content, id, locale)),
        ]),
        el('p', `${t(`ui.briefing.role.${role}`)} · ${headLine(id)}`, { class: 'meta' }),
        seat.arrival === 'boycott' ? el('p', t('ui.briefing.boycott'), { class: 'warn' }) : null,
        el('p', t('ui.briefing.positions'), { class: 'label' }),
        positions,
      ]),
    );
  }
  const agenda = el('ol', null, { class: 'agenda' });
  content.agenda.ids.forEach((clause, at) => {
    const opening = content.initialDraft[at] ?? 0;
    const max = content.agenda.max[at] ?? 0;
    const wordings = Array.from({ length: max }, (_, i) => wordingShort(content, clause, i + 1, locale, t)).join(' · ');
    agenda.append(
      el('li', null, {}, [
        el('strong', `${clauseTitle(content, clause, locale)} `),
        el('span', `(${t('ui.briefing.weight', { weight: content.agenda.weights[at] ?? 0 })})`, { class: 'meta' }),
        el('br'),
        el(
          'span',
          opening > 0
            ? t('ui.briefing.inDraft', { wording: wordingShort(content, clause, opening, locale, t) })
            : t('ui.briefing.notInDraft'),
        ),
        el('br'),
        el('span', t('ui.briefing.wordings', { list: wordings }), { class: 'meta' }),
      ]),
    );
  });
  const score = el('ul', null, { class: 'score-rules' });
  for (const part of ['signatures', 'substance', 'credibility', 'time'] as const)
    score.append(el('li', t(`ui.briefing.score.${part}`)));
  const start = button(
    t('ui.briefing.start'),
    () => void act(play, { type: 'start' }, 'table').then(() => play.nav.table()),
    { class: 'primary' },
  );
  const place = play.campaignPlace;
  const page = el('section', null, { class: 'screen briefing' }, [
    el('h1', `${t('ui.briefing.heading')}: ${pick(r.title, locale)}`),
    el(
      'p',
      `${t('ui.briefing.dates', { start: r.dates.start, end: r.dates.end })} · ${pick(r.venue, locale)} · ${seedLine}`,
      { class: 'meta' },
    ),
    place === null ? null : el('p', t('campaign.briefing', place), { class: 'notice' }),
    el('h2', t('ui.briefing.situationHeading')),
    // The opening paragraphs tell January 2017; a later round starts from its own record below.
    r.number === 1
      ? el('p', t('ui.briefing.situation1'))
      : el('p', t('roundContext.later', { number: r.number, start: r.dates.start })),
    r.number === 1 ? el('p', t('ui.briefing.situation2')) : null,
    el('p', t('ui.briefing.situation3')),
    el('h2', t('ui.briefing.roleHeading')),
    el('p', t('ui.briefing.role1')),
    el('p', t('ui.briefing.record', { context: pick(r.context, locale) }), { class: 'quote' }),
    el('h2', t('roundContext.whoCame')),
    attendance(shell, content),
    el('h2', t('ui.briefing.delegations')),
    delegations,
    el('h2', t('ui.briefing.agenda')),
    el('p', t('ui.briefing.agendaIntro')),
    agenda,
    el('h2', t('ui.briefing.scoreHeading')),
    score,
    sourcesSection(shell, content),
    el('div', null, { class: 'actions-row' }, [start, button(t('ui.back'), () => play.nav.menu())]),
  ]);
  show(shell, 'briefing', page);
}
