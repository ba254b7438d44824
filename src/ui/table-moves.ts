import type { TFunction } from 'i18next';
import type { DelegationId, RoundView, ScenarioContent } from '../client';
import type { MoveKind, MoveOffer } from '../scenes/snapshot';

/** The wording the player holds: what sounding out, assuring, shuttling and the draft use. */
export interface Hand {
  readonly clause: string;
  readonly strength: number;
}

/** The mediator's moves that take talk time, the ones the clock's warnings are about. */
const TIMED: readonly MoveKind[] = ['consult', 'sound', 'shuttle', 'assure', 'caucus', 'recall', 'edit'];

export const minutesLeft = (view: RoundView): number => view.limit - view.minute;

const cost = (content: ScenarioContent, kind: MoveKind): number => content.actionMinutes[kind];

/** There is still the time the move takes. */
export const fits = (content: ScenarioContent, view: RoundView, kind: MoveKind): boolean =>
  cost(content, kind) <= minutesLeft(view);

/** Making the move uses the last of the time: when it is over the draft goes to the plenary as it stands. */
export const endsTalks = (content: ScenarioContent, view: RoundView, kind: MoveKind): boolean =>
  cost(content, kind) > 0 && fits(content, view, kind) && view.minute + cost(content, kind) >= view.limit;

/** The shortest move that takes time (editing the draft, usually). */
export const shortestMove = (content: ScenarioContent): number =>
  Math.min(...TIMED.map((k) => cost(content, k)).filter((m) => m > 0));

/**
 * How late it is: `late` in the last two hours, `last` when only one more move fits (any move made then ends
 * the talks), `over` when none does.
 */
export function clockLevel(content: ScenarioContent, view: RoundView): 'normal' | 'late' | 'last' | 'over' {
  const left = minutesLeft(view);
  const shortest = shortestMove(content);
  if (left < shortest) return 'over';
  if (left < shortest * 2) return 'last';
  return left <= 120 ? 'late' : 'normal';
}

/** A move's label with the time it takes: "Consult · 60 min". */
export function moveLabel(t: TFunction, content: ScenarioContent, kind: MoveKind, key = `ui.actions.${kind}`): string {
  const minutes = cost(content, kind);
  return minutes > 0 ? `${t(key)} · ${t('ui.actions.cost', { minutes })}` : t(key);
}

/** The moves on one delegation that fit now: what its card at the table offers. */
export function seatMoves(
  t: TFunction,
  content: ScenarioContent,
  view: RoundView,
  id: DelegationId,
  hand: Hand | null,
): MoveOffer[] {
  if (view.phase !== 'consultations') return [];
  const d = view.delegations.find((x) => x.id === id);
  if (d === undefined) return [];
  const offer = (kind: MoveKind, key?: string): MoveOffer[] =>
    fits(content, view, kind) ? [{ kind, label: moveLabel(t, content, kind, key) }] : [];
  if (d.attendance === 'walkedOut' || d.attendance === 'boycotting') return offer('recall');
  if (d.attendance !== 'seated') return [];
  const worded = hand !== null && hand.strength > 0;
  const promised = worded && view.promises.some((p) => p.delegation === id && p.clause === hand.clause);
  const partner = view.delegations.some((x) => x.id !== id && x.attendance === 'seated');
  return [
    ...offer('consult'),
    ...(worded ? offer('sound') : []),
    ...(worded && !promised ? offer('assure') : []),
    ...(worded && partner ? offer('shuttle', 'ui.table.shuttleFrom') : []),
  ];
}

/** The draft's wording of the clause in hand now. */
export function draftWording(content: ScenarioContent, view: RoundView, clause: string): number {
  return view.draft[content.agenda.ids.indexOf(clause)] ?? 0;
}
