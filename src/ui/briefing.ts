import { act, type Play } from '../game/play';
import { flagOf, headOf } from '../game/words';
import { clauseTitle, delegationName, pick, wordingShort } from '../i18n/content';
import { button, el } from './dom';
import { flagSvg } from './flag-svg';
import { show } from './shell';
import { attendance, sourcesSection } from './sources-panel';
import { loadCampaign } from '../game/campaign-store';

/** The situation in plain words, the delegations and their public positions, the agenda and the score. */
export function showBriefing(play: Play): void {
  const { shell, scenario, round } = play;
  const { t, locale } = shell;
  const r = scenario.round;
  const record = round.record();
  const headLine = (id: Parameters<typeof headOf>[1]): string =>
    t('ui.briefing.head', { head: headOf(scenario, id, locale) });
  const difficulty = t(`ui.difficulty.${record.difficulty}`);
  const seedLine = t('ui.briefing.seed', { seed: record.seed, difficulty });
  const delegations = el('ul', null, { class: 'cards' });
  for (const id of round.model.delegations) {
    const profile = scenario.profiles[id];
    const seat = scenario.seats[id];
    if (profile === undefined || seat === undefined) continue;
    const role = seat.role ?? profile.role;
    const positions = el('ul', null, { class: 'positions' });
    for (const goal of profile.goals.filter((g) => g.public))
      positions.append(el('li', `${t(`ui.kind.${goal.kind}`)}: ${pick(goal.text, locale)}`));
    delegations.append(
      el('li', null, { class: 'card' }, [
        el('div', null, { class: 'card-head' }, [
          flagSvg(flagOf(scenario, id), 42),
          el('h3', delegationName(scenario, id, locale)),
        ]),
        el('p', `${t(`ui.briefing.role.${role}`)} · ${headLine(id)}`, { class: 'meta' }),
        seat.arrival === 'boycott' ? el('p', t('ui.briefing.boycott'), { class: 'warn' }) : null,
        el('p', t('ui.briefing.positions'), { class: 'label' }),
        positions,
      ]),
    );
  }
  const agenda = el('ol', null, { class: 'agenda' });
  scenario.agenda.ids.forEach((clause, at) => {
    const opening = scenario.initialDraft[at] ?? 0;
    const max = scenario.agenda.max[at] ?? 0;
    const wordings = Array.from({ length: max }, (_, i) => wordingShort(scenario, clause, i + 1, locale, t)).join(
      ' · ',
    );
    agenda.append(
      el('li', null, {}, [
        el('strong', `${clauseTitle(scenario, clause, locale)} `),
        el('span', `(${t('ui.briefing.weight', { weight: scenario.agenda.weights[at] ?? 0 })})`, { class: 'meta' }),
        el('br'),
        el(
          'span',
          opening > 0
            ? t('ui.briefing.inDraft', { wording: wordingShort(scenario, clause, opening, locale, t) })
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
    () => {
      act(play, { type: 'start' }, 'table');
      play.nav.table();
    },
    { class: 'primary' },
  );
  const campaign = play.campaign ? loadCampaign() : null;
  const page = el('section', null, { class: 'screen briefing' }, [
    el('h1', `${t('ui.briefing.heading')}: ${pick(r.title, locale)}`),
    el(
      'p',
      `${t('ui.briefing.dates', { start: r.dates.start, end: r.dates.end })} · ${pick(r.venue, locale)} · ${seedLine}`,
      {
        class: 'meta',
      },
    ),
    campaign?.ok === true
      ? el(
          'p',
          t('campaign.briefing', { number: campaign.save.played.length + 1, total: campaign.save.rounds.length }),
          { class: 'notice' },
        )
      : null,
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
    attendance(shell, scenario),
    el('h2', t('ui.briefing.delegations')),
    delegations,
    el('h2', t('ui.briefing.agenda')),
    el('p', t('ui.briefing.agendaIntro')),
    agenda,
    el('h2', t('ui.briefing.scoreHeading')),
    score,
    sourcesSection(shell, scenario),
    el('div', null, { class: 'actions-row' }, [start, button(t('ui.back'), () => play.nav.menu())]),
  ]);
  show(shell, 'briefing', page);
}
