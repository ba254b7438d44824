import { mediatorView, type Play } from '../game/play';
import { translate } from '../i18n/content';
import { answersList } from './answers';
import { plenaryConsole } from './classroom-plenary';
import { button, el } from './dom';
import { logPanel } from './log-panel';
import { onLeave, show } from './shell';
import { mountStage, replayOnStage } from './stage';
import { tableSnapshot } from './table-snapshot';

const dialogOpen = (): boolean => document.querySelector('dialog[open]') !== null;

/** The plenary: the draft is tabled and each delegation answers at its seat; then on to the debrief. */
export function showPlenary(play: Play): void {
  const { shell, content } = play;
  const { t, locale, client } = shell;
  const view = mediatorView(play);
  const outcome = view.outcome;
  const stage = el('div', t('ui.loadingTable'), { class: 'stage', role: 'img', 'aria-label': t('ui.table.canvas') });
  // Each answer given so far, and under a refusal or a walk-out the reasons the mediator knows (the view's `why`).
  const answers = answersList(play, view, false);
  const verdict = outcome === null ? '' : t(outcome.adopted ? 'log.adopted' : 'log.notAdopted');
  const log = logPanel(play, (index, text) => {
    const entry = view.log[index];
    if (entry !== undefined)
      replayOnStage({ seat: entry.delegation ?? null, text, tone: entry.tone, index, replay: true });
  });
  const tabledAt = Math.max(
    0,
    view.log.findIndex((e) => e.message.key === 'log.tabled' || e.message.key === 'log.timeUp'),
  );
  const plenaryEntries = view.log.slice(tabledAt);
  log.add(plenaryEntries, view, true, tabledAt);
  const lessonConsole = plenaryConsole(play, view, () => showPlenary(play));
  const waiting = view.phase === 'plenary' && (view.awaiting ?? []).length > 0;
  const side = el('div', null, { class: 'side' }, [
    lessonConsole,
    el('section', null, { class: 'panel', 'aria-labelledby': 'plenary-title' }, [
      el('h2', t('ui.plenary.heading'), { id: 'plenary-title' }),
      el('p', t('ui.plenary.intro')),
      answers,
      el('p', verdict, { class: outcome?.adopted === true ? 'verdict good' : 'verdict bad' }),
      button(t('ui.plenary.toDebrief'), () => play.nav.debrief(), { class: 'primary', disabled: waiting }),
    ]),
    log.root,
  ]);
  const page = el('section', null, { class: 'screen table-screen plenary' }, [
    el('header', null, { class: 'topbar' }, [
      el('h1', t('ui.plenary.heading')),
      el(
        'p',
        outcome === null
          ? t('ui.classroom.plenaryWaiting')
          : translate({ key: outcome.adopted ? 'log.adopted' : 'log.notAdopted' }, content, t, locale),
        { class: 'phase' },
      ),
    ]),
    el('div', null, { class: 'stage-wrap' }, [stage]),
    side,
  ]);
  show(shell, 'plenary', page);
  // The answers come one by one at the table (the scene plays them from the snapshot).
  mountStage(
    stage,
    tableSnapshot(content, view, t, locale, {
      newEntries: [],
      reduceMotion: shell.settings.reduceMotion,
      selected: null,
      hand: null,
      previous: null,
    }),
    { pick: () => undefined, hold: () => undefined, move: () => undefined },
    () => (stage.textContent = t('ui.table.noCanvas')),
  );
  // A decision given elsewhere (later, a student's own device) redraws the plenary; a seat's turn open here
  // redraws it itself when it closes.
  onLeave(client.watch('mediator', (next) => next.stateId !== view.stateId && !dialogOpen() && showPlenary(play)));
}
