import { timelineOf } from '../engine/timeline';
import { viewFor } from '../engine/view';
import type { Play } from '../game/play';
import { dropSave, writeSave } from '../game/saves';
import { recordCampaignRound } from '../game/campaign-store';
import { expertSection } from './debrief-expert';
import { historySection } from './debrief-history';
import { clauseTitle, delegationName, translate, wordingShort, wordingText } from '../i18n/content';
import { chartSection } from './chart';
import { classroomExports } from './classroom-exports';
import { button, el } from './dom';
import { flagSvg } from './flag-svg';
import { flagOf } from '../game/words';
import { show } from './shell';
import { trustMoves } from './trust-moves';

const PARTS = ['signatures', 'substance', 'credibility', 'time'] as const;

/** The debrief: the text as adopted, who signed, each part of the score with its reasons, the chart and the exports. */
export function showDebrief(play: Play): void {
  const { shell, round, scenario } = play;
  const { t, locale } = shell;
  writeSave(round, 'debrief', play.selected, play.lesson);
  // A campaign round lives on in the campaign's save once recorded; its own autosave is done with.
  const recorded = play.campaign && recordCampaignRound(round);
  if (recorded) dropSave();
  const view = viewFor(round, 'mediator');
  const outcome = view.outcome;
  const record = round.record();
  const status = el('p', null, { role: 'status', class: 'status' });
  const text = el('ol', null, { class: 'communique' });
  const draft = outcome?.text ?? view.draft;
  scenario.agenda.ids.forEach((c, at) => {
    const s = draft[at] ?? 0;
    if (s > 0)
      text.append(
        el('li', null, {}, [
          el('strong', `${clauseTitle(scenario, c, locale)} (${wordingShort(scenario, c, s, locale, t)}). `),
          el('span', wordingText(scenario, c, s, locale) ?? ''),
        ]),
      );
  });
  const decisions = el('ul', null, { class: 'decisions' });
  for (const id of round.model.delegations) {
    const decision = outcome?.decisions[id] ?? 'absent';
    decisions.append(
      el('li', null, { class: `decision-${decision}` }, [
        flagSvg(flagOf(scenario, id), 30),
        el('strong', ` ${delegationName(scenario, id, locale)}: `),
        el('span', t(`decisionWord.${decision}`)),
      ]),
    );
  }
  const score = el('div', null, { class: 'score' });
  if (outcome !== null) {
    for (const part of PARTS) {
      const p = outcome.score[part];
      score.append(
        el('section', null, { class: 'score-part', 'aria-labelledby': `score-${part}` }, [
          el('h3', `${t(`ui.debrief.part.${part}`)}: ${t('ui.debrief.points', { points: p.points, max: p.max })}`, {
            id: `score-${part}`,
          }),
          el(
            'ul',
            null,
            {},
            p.reasons.map((r) => el('li', translate(r, scenario, t, locale))),
          ),
        ]),
      );
    }
  }
  const download = (): void => {
    const blob = new Blob([`${JSON.stringify(record, null, 2)}\n`], { type: 'application/json' });
    const a = el('a', null, {
      href: URL.createObjectURL(blob),
      download: `${record.scenario}-seed-${record.seed}.json`,
    });
    a.click();
    URL.revokeObjectURL(a.href);
    status.textContent = t('ui.debrief.downloaded');
  };
  const copy = (): void => {
    const done = (ok: boolean): void =>
      void (status.textContent = t(ok ? 'ui.debrief.copied' : 'ui.debrief.copyFailed', { seed: record.seed }));
    if (navigator.clipboard === undefined) return done(false);
    navigator.clipboard.writeText(record.seed).then(
      () => done(true),
      () => done(false),
    );
  };
  const chart = el('div', null, { class: 'chart-slot' });
  const timeline = timelineOf(scenario, record);
  score.append(trustMoves(t, timeline, locale));
  const page = el('section', null, { class: 'screen debrief' }, [
    el(
      'h1',
      `${t('ui.debrief.heading')}: ${t(outcome?.adopted === true ? 'ui.debrief.adopted' : 'ui.debrief.notAdopted')}`,
    ),
    el(
      'p',
      outcome === null
        ? ''
        : translate({ key: outcome.adopted ? 'log.adopted' : 'log.notAdopted' }, scenario, t, locale),
      { class: 'verdict' },
    ),
    el('div', null, { class: 'actions-row' }, [
      play.campaign ? button(t('campaign.back'), () => play.nav.campaign(), { class: 'primary' }) : null,
      button(t('ui.debrief.download'), download, { class: play.campaign ? undefined : 'primary' }),
      button(t('ui.debrief.copySeed'), copy),
      // A campaign round's seats carry the campaign; the same seed on the plain round would not be the same round.
      play.campaign ? null : button(t('ui.debrief.again'), () => play.nav.again(record.seed, record.difficulty)),
      button(t('ui.back'), () => play.nav.menu()),
    ]),
    status,
    play.lesson === null ? null : classroomExports(play, status),
    play.campaign && !recorded ? el('p', t('campaign.notRecorded'), { class: 'notice', role: 'alert' }) : null,
    el('h2', outcome?.adopted === true ? t('ui.debrief.textHeading') : t('ui.debrief.textNone')),
    text,
    el('h2', t('ui.debrief.decisions')),
    decisions,
    el('h2', t('ui.debrief.score', { total: outcome?.score.total ?? 0 })),
    score,
    historySection(play),
    expertSection(play),
    el('h2', t('ui.debrief.chartHeading')),
    chart,
  ]);
  show(shell, 'debrief', page);
  void chartSection(play, timeline, chart);
}
