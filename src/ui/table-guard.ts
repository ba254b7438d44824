import type { Action, RoundView } from '../client';
import type { Play } from '../game/play';
import type { MoveKind } from '../scenes/snapshot';
import { confirmDialog } from './confirm';
import { el } from './dom';
import { plenaryRisk } from './plenary-risk';
import { endsTalks, minutesLeft } from './table-moves';
import { clockWords } from './words';

const list = (heading: string, items: readonly string[]): HTMLElement[] =>
  items.length === 0
    ? []
    : [
        el('h3', heading),
        el(
          'ul',
          null,
          {},
          items.map((i) => el('li', i)),
        ),
      ];

/** Calling the plenary ends the talks: say what is unsettled and who is likely to refuse, and ask. */
function askPlenary(play: Play, view: RoundView): Promise<boolean> {
  const { t, locale } = play.shell;
  const risk = plenaryRisk(t, play.content, view, locale);
  const { left } = clockWords(t, view.minute, view.limit);
  const details = el(
    'div',
    null,
    { class: 'confirm-details' },
    [
      ...list(t('ui.confirmPlenary.unsettled'), risk.unsettled),
      ...list(t('ui.confirmPlenary.refusals'), risk.refusals),
      risk.refusals.length === 0 ? el('p', t('ui.confirmPlenary.noRefusals')) : null,
      risk.guarantorAtRisk ? el('p', t('ui.confirmPlenary.guarantors'), { class: 'warning' }) : null,
      risk.unknown > 0 ? el('p', t('ui.confirmPlenary.unknown', { count: risk.unknown }), { class: 'hint' }) : null,
    ].filter((x) => x !== null),
  );
  return confirmDialog({
    title: t('ui.confirmPlenary.title'),
    // In a lesson the teacher is told how to take it back (a fork from the move before) and who decides how.
    body: [play.lesson === null ? '' : t('ui.classroom.forceBody'), t('ui.confirmPlenary.body', { left })]
      .filter((x) => x !== '')
      .join(' '),
    details,
    confirm: t('ui.confirmPlenary.confirm'),
    cancel: t('ui.confirmPlenary.cancel'),
  });
}

/** A move that uses the last of the time ends the talks: say so, and ask. */
function askLastMove(play: Play, view: RoundView, kind: MoveKind): Promise<boolean> {
  const { t } = play.shell;
  const minutes = play.content.actionMinutes[kind];
  return confirmDialog({
    title: t('ui.lastMove.title'),
    body: t('ui.lastMove.body', { move: t(`ui.lastMove.kind.${kind}`), minutes, left: minutesLeft(view) }),
    confirm: t('ui.lastMove.confirm', { move: t(`ui.lastMove.kind.${kind}`) }),
    cancel: t('ui.lastMove.cancel'),
  });
}

const KINDS: ReadonlySet<string> = new Set(['consult', 'sound', 'shuttle', 'assure', 'caucus', 'recall', 'edit']);

/**
 * Nothing ends by accident: the plenary and any move that would end the talks ask first. Every move, from the
 * panel, a key or the table, passes here. Resolves true when the move may go ahead.
 */
export async function mayMake(play: Play, view: RoundView, action: Action): Promise<boolean> {
  if (view.phase !== 'consultations') return true;
  if (action.type === 'plenary') return askPlenary(play, view);
  if (KINDS.has(action.type) && endsTalks(play.content, view, action.type as MoveKind))
    return askLastMove(play, view, action.type as MoveKind);
  return true;
}
