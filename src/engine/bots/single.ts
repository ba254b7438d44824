import type { Action } from '../actions';
import { ACTION_MINUTES } from '../round/clock';
import { seatedIn } from '../round/context';
import { limitOf } from '../round/refusal';
import type { Round } from '../session';
import { GUARANTORS, type DelegationId } from '../vocabulary';
import { opening, type Bot } from './bot';
import { bestBargainEdit, makeBargain } from './bargain';

/** The actions a one-trick mediator can repeat (recall needs someone away, so it is no strategy). */
export const SINGLE_ACTIONS = ['consult', 'sound', 'shuttle', 'assure', 'caucus', 'edit'] as const;
export type SingleAction = (typeof SINGLE_ACTIONS)[number];

/**
 * A mediator that knows one move: it repeats it for as long as the clock allows and it still does
 * something, then tables the text. Each plays its move as well as it can be played alone, so that the
 * balance sweep (issue 5) asks a fair question: can any one move, repeated, match the Nash mediator?
 */
export function singleActionBot(kind: SingleAction): Bot {
  let turn = 0;
  return {
    name: `only-${kind}`,
    next(round) {
      const early = opening(round);
      if (early !== undefined) return early;
      const data = round.data();
      if (data.minute + ACTION_MINUTES[kind] > limitOf(round.model, data)) return { type: 'plenary' };
      const action = move(round, kind, turn);
      turn += 1;
      return action ?? { type: 'plenary' };
    },
  };
}

function move(round: Round, kind: SingleAction, turn: number): Action | undefined {
  const { model } = round;
  const { agenda } = model.scenario;
  const data = round.data();
  const seated = seatedIn(round.discrete());
  const present = model.delegations.filter(seated);
  const pick = <T>(items: readonly T[]): T | undefined => (items.length === 0 ? undefined : items[turn % items.length]);
  const inText = agenda.ids.flatMap((clause, at) =>
    (data.draft[at] ?? 0) > 0 ? [{ clause, strength: data.draft[at] ?? 1 }] : [],
  );
  switch (kind) {
    case 'consult': {
      const id = pick(present);
      return id === undefined ? undefined : { type: 'consult', delegation: id };
    }
    case 'sound': {
      const id = pick(present);
      const w = inText[Math.floor(turn / Math.max(1, present.length)) % Math.max(1, inText.length)];
      return id === undefined || w === undefined ? undefined : { type: 'sound', delegation: id, ...w };
    }
    case 'shuttle': {
      const pairs: [DelegationId, DelegationId][] = [];
      for (const a of present) for (const b of present) if (a < b) pairs.push([a, b]);
      const pair = pick(pairs);
      const w = inText[Math.floor(turn / Math.max(1, pairs.length)) % Math.max(1, inText.length)];
      return pair === undefined || w === undefined ? undefined : { type: 'shuttle', from: pair[0], to: pair[1], ...w };
    }
    case 'assure': {
      // Promises only what the text already says, so that every one is kept if the text is adopted.
      for (const id of [...GUARANTORS, ...present].filter(seated)) {
        for (const w of inText) {
          if (!data.promises.some((p) => p.delegation === id && p.clause === w.clause))
            return { type: 'assure', delegation: id, ...w };
        }
      }
      return undefined;
    }
    case 'caucus':
      return GUARANTORS.every(seated) ? { type: 'caucus' } : undefined;
    case 'edit': {
      // Never consults, so it bargains over the public goals alone.
      const edit = bestBargainEdit(makeBargain(round, { knowsNothingHidden: true }), agenda.ids, agenda.max);
      return edit === undefined ? undefined : { type: 'edit', ...edit };
    }
  }
}
