import type { RoundView } from '../client';
import { clockText } from '../game/lesson';
import type { Play } from '../game/play';
import { delegationName, pick } from '../i18n/content';
import { spelled, studentBase } from './classroom-room';
import { el } from './dom';
import { logPanel } from './log-panel';
import { joinUrl, qrCode } from './qr-code';
import { onLeave, show } from './shell';
import { mountStage, updateStage } from './stage';
import { tableSnapshot } from './table-snapshot';
import { clockWords } from './words';

/**
 * The class's screen in a networked lesson (issue 15): the table, the public log, the round's clock and the
 * lesson's, and the join code with its QR code. It watches the projector's view only, which holds nothing
 * private: no hidden goal, no seat's replies, no question put to a seat.
 */
export function showProjector(play: Play): void {
  const { shell, content } = play;
  const { t, locale, client } = shell;
  const link = play.network;
  if (link === null) return;
  const roundClock = el('p', null, { class: 'clock', 'aria-label': t('ui.clock.label') });
  const lessonClock = el('p', null, { class: 'lesson-clock', role: 'timer', 'aria-live': 'off' });
  const phase = el('p', null, { class: 'phase' });
  const stage = el('div', t('ui.loadingTable'), { class: 'stage', role: 'img', 'aria-label': t('ui.table.canvas') });
  const log = logPanel(play);
  const seats = el('ul', null, { class: 'seat-lines projector-seats', 'aria-label': t('ui.network.delegations') });
  const outcome = el('p', null, { class: 'notice', role: 'status', hidden: true });
  const code = el('div', null, { class: 'projector-code' }, [
    el('p', t('ui.network.codeLabel'), { class: 'meta' }),
    el('p', link.code, { class: 'join-code', 'aria-label': t('ui.network.codeSpelled', { code: spelled(link.code) }) }),
  ]);
  void studentBase().then((base) => {
    const address = joinUrl(base, link.code);
    code.append(
      qrCode(address, t('ui.network.qrLabel', { code: spelled(link.code) }), 140),
      el('p', address, { class: 'join-url' }),
    );
  });
  const tick = (): void => {
    const c = link.clock();
    const text = t('ui.classroom.lessonClock', { used: clockText(c.usedMs), limit: clockText(c.limitMs) });
    lessonClock.textContent = c.paused ? `${text} — ${t('ui.classroom.paused')}` : text;
  };
  let mounted = false;
  const refresh = (view: RoundView): void => {
    const entries = view.log.slice(mounted ? play.shownLog : 0);
    play.shownLog = view.log.length;
    const words = clockWords(t, view.minute, view.limit);
    roundClock.textContent = `${words.clock} · ${words.left}`;
    phase.textContent = t(`ui.phase.${view.phase}`);
    log.add(entries, view, mounted);
    seats.replaceChildren(
      ...view.delegations.map((d) =>
        el('li', null, { class: `seat-line mood-${d.mood}` }, [
          el('strong', delegationName(content, d.id, locale)),
          el(
            'span',
            ` · ${t(`ui.attendance.${d.attendance}`)}${d.attendance === 'seated' ? ` · ${t(`ui.mood.${d.mood}`)}` : ''}`,
          ),
        ]),
      ),
    );
    outcome.hidden = view.outcome === null;
    if (view.outcome !== null) outcome.textContent = t('ui.network.talksOver');
    const snap = tableSnapshot(content, view, t, locale, mounted ? entries : [], shell.settings.reduceMotion);
    if (!mounted) {
      mounted = true;
      mountStage(
        stage,
        snap,
        () => undefined,
        () => (stage.textContent = t('ui.table.noCanvas')),
      );
    } else updateStage(snap);
  };
  const page = el('section', null, { class: 'screen projector-screen table-screen' }, [
    el('header', null, { class: 'topbar' }, [
      el('h1', pick(content.round.title, locale)),
      phase,
      roundClock,
      lessonClock,
    ]),
    el('div', null, { class: 'stage-wrap' }, [stage]),
    el('div', null, { class: 'side' }, [code, outcome, seats, log.root]),
  ]);
  play.shownLog = 0;
  show(shell, 'projector', page);
  tick();
  onLeave(link.onChange(tick));
  onLeave(client.watch('projector', refresh));
}
