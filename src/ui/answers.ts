import type { DelegationId, DelegationView, RoundView } from '../client';
import type { Play } from '../game/play';
import { delegationName } from '../i18n/content';
import { el } from './dom';
import { flagSvg } from './flag-svg';
import { decisiveList, whyList } from './why-list';
import { refusing, signed, type Words } from './why-words';
import { flagOf } from './words';

/** What a delegation answered, or that the plenary still waits for its students. */
export type Answer = ReturnType<typeof answerOf>;

function answerOf(view: RoundView, d: DelegationView | undefined, id: DelegationId) {
  const decided = view.outcome?.decisions[id];
  if (decided !== undefined) return decided;
  if (d === undefined) return 'absent';
  if (d.decision === 'awaitingHuman') return 'awaiting';
  if (d.decision !== 'undecided') return d.decision;
  return d.attendance === 'walkedOut' ? 'walkedOut' : d.attendance === 'boycotting' ? 'boycott' : 'absent';
}

/**
 * One line per delegation for the plenary and the debrief (issue 13): its answer in the outcome's words
 * (an observer that stayed is an observer, never also "refuses"), and under a refusal or a walk-out the
 * reasons the view's `why` gives, as the dossier and the caucus name them. The debrief adds each
 * delegation's known goals with their worths, which add up to the total it shows.
 */
export function answersList(play: Play, view: RoundView, debrief: boolean): HTMLUListElement {
  const { t, locale } = play.shell;
  const { content } = play;
  const w: Words = { t, content, locale };
  const list = el('ul', null, { class: 'decisions' });
  for (const id of content.delegations) {
    const d = view.delegations.find((x) => x.id === id);
    const answer = answerOf(view, d, id);
    const observer = view.outcome?.results[id] === 'observer';
    const word = observer
      ? t('resultWord.observer')
      : answer === 'awaiting'
        ? t('ui.classroom.awaitingWord')
        : t(`decisionWord.${answer}`);
    const detail =
      debrief && d !== undefined && d.why.reasons.length > 0
        ? el('details', null, { class: 'why-detail' }, [
            el('summary', t('ui.debrief.knew', { worth: signed(d.why.knownWorth, locale) })),
            whyList(w, d),
            d.why.untold === 0
              ? null
              : el('p', t('ui.debrief.untoldCount', { count: d.why.untold }), { class: 'meta' }),
          ])
        : null;
    list.append(
      el('li', null, { class: `decision-${observer ? 'observer' : answer}` }, [
        debrief ? flagSvg(flagOf(content, id), 30) : null,
        el('strong', `${debrief ? ' ' : ''}${delegationName(content, id, locale)}: `),
        el('span', word),
        !observer && refusing(answer) && d !== undefined ? decisiveList(w, d) : null,
        detail,
      ]),
    );
  }
  return list;
}
