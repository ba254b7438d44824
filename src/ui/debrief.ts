import { recordOfLesson } from '../game/lesson';
import { mediatorView, provenanceKey, type Play } from '../game/play';
import { clauseTitle, pick, translate, wordingShort, wordingText } from '../i18n/content';
import { answersList } from './answers';
import { chartSection } from './chart';
import { classroomExports } from './classroom-exports';
import { expertSection } from './debrief-expert';
import { historySection } from './debrief-history';
import { button, el } from './dom';
import { download as offer } from './download';
import { show } from './shell';
import { trustMoves } from './trust-moves';

const PARTS = ['signatures', 'substance', 'credibility', 'time'] as const;

/**
 * The debrief: the text as adopted, who signed, each part of the score with its reasons, the chart and the
 * exports. The mediator's view gives the outcome; the host works out the rest (the trust timeline, the
 * comparison with history, the expert's benchmark) and the sections fill in as its answers come.
 */
export function showDebrief(play: Play): void {
  const { shell, content } = play;
  const { t, locale } = shell;
  const view = mediatorView(play);
  const outcome = view.outcome;
  const record = view.record;
  const status = el('p', null, { role: 'status', class: 'status' });
  // Load record says whether the record came from a classroom server's room as it was signed (issue 15).
  const origin = provenanceKey(play);
  if (origin !== null) status.textContent = t(origin.key, origin.params);
  const text = el('ol', null, { class: 'communique' });
  const draft = outcome?.text ?? view.draft;
  content.agenda.ids.forEach((c, at) => {
    const s = draft[at] ?? 0;
    if (s > 0)
      text.append(
        el('li', null, {}, [
          el('strong', `${clauseTitle(content, c, locale)} (${wordingShort(content, c, s, locale, t)}). `),
          el('span', wordingText(content, c, s, locale) ?? ''),
        ]),
      );
  });
  // One line per delegation, with the reasons for a refusal and what the mediator knew of its goals (`why`).
  const decisions = answersList(play, view, true);
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
            p.reasons.map((r) => el('li', translate(r, content, t, locale))),
          ),
        ]),
      );
    }
  }
  // The view's record is sealed by the host (format 2, with its integrity hash): Load record trusts it.
  const download = async (): Promise<void> => {
    if (record === null) return;
    // A networked lesson's record comes from the room, signed by its server (issue 15).
    const link = play.network;
    const signed = link !== null && link.principal === 'teacher' ? await link.signedRecord() : null;
    // A lesson's record keeps who played, when and for how long (outside its hash).
    const file = signed ?? `${JSON.stringify(recordOfLesson(record, play.lesson), null, 2)}\n`;
    offer(`${record.scenario}-seed-${record.seed}.json`, 'application/json', file);
    status.textContent = t('ui.debrief.downloaded');
  };
  const copy = (): void => {
    if (record === null) return;
    const done = (ok: boolean): void =>
      void (status.textContent = t(ok ? 'ui.debrief.copied' : 'ui.debrief.copyFailed', { seed: record.seed }));
    if (navigator.clipboard === undefined) return done(false);
    navigator.clipboard.writeText(record.seed).then(
      () => done(true),
      () => done(false),
    );
  };
  const chart = el('div', null, { class: 'chart-slot' });
  const history = el('div', null, { class: 'history-slot' });
  const page = el('section', null, { class: 'screen debrief' }, [
    el(
      'h1',
      `${t('ui.debrief.heading')}: ${t(outcome?.adopted === true ? 'ui.debrief.adopted' : 'ui.debrief.notAdopted')}`,
    ),
    // The round under its one name (issue 18), as the picker, the briefing and the save call it.
    el('p', `${pick(content.round.title, locale)} · ${t('ui.briefing.dates', content.round.dates)}`, { class: 'meta' }),
    el(
      'p',
      outcome === null
        ? ''
        : translate({ key: outcome.adopted ? 'log.adopted' : 'log.notAdopted' }, content, t, locale),
      { class: 'verdict' },
    ),
    el('div', null, { class: 'actions-row' }, [
      play.campaign ? button(t('campaign.back'), () => play.nav.campaign(), { class: 'primary' }) : null,
      button(t('ui.debrief.download'), () => void download(), { class: play.campaign ? undefined : 'primary' }),
      button(t('ui.debrief.copySeed'), copy),
      // A campaign round's seats carry the campaign; the same seed on the plain round would not be the same round.
      play.campaign || record === null
        ? null
        : button(t('ui.debrief.again'), () => play.nav.again(record.seed, record.difficulty)),
      button(t('ui.back'), () => play.nav.menu()),
    ]),
    status,
    play.lesson === null ? null : classroomExports(play, status),
    play.recorded === false ? el('p', t('campaign.notRecorded'), { class: 'notice', role: 'alert' }) : null,
    el('h2', outcome?.adopted === true ? t('ui.debrief.textHeading') : t('ui.debrief.textNone')),
    text,
    el('h2', t('ui.debrief.decisions')),
    el('p', t('ui.debrief.decisionsIntro'), { class: 'hint' }),
    decisions,
    el('h2', t('ui.debrief.score', { total: outcome?.score.total ?? 0 })),
    score,
    history,
    expertSection(play),
    el('h2', t('ui.debrief.chartHeading')),
    chart,
  ]);
  show(shell, 'debrief', page);
  void shell.client.request('debrief', {}).then((reply) => {
    if (!reply.ok || !page.isConnected) return;
    const { timeline, comparison } = reply.value;
    score.append(trustMoves(play, timeline));
    const section = comparison === null ? null : historySection(play, comparison);
    if (section !== null) history.replaceWith(section);
    void chartSection(play, timeline, chart);
  });
}
