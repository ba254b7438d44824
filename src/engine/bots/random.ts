import type { Action } from '../actions';
import { candidateActions } from '../legal';
import { refusalFor } from '../round/refusal';
import { createStream } from '../rng';

import { opening, type Bot } from './bot';

/**
 * Picks a legal action type at random, then one of its legal actions: a mediator with no plan. Types
 * come in the order of their first legal action in `legalActions`, and only the chosen type's
 * actions are checked in full; the draws are the same as filtering everything first, at a fraction
 * of the cost (the balance sweep plays this bot ten thousand times).
 */
export function randomBot(seed: string): Bot {
  const stream = createStream(seed, 'bot:random');
  return {
    name: 'random',
    next(round) {
      const early = opening(round);
      if (early !== undefined) return early;
      const candidates = candidateActions(round.model, round.phase());
      const legal = (a: Action): boolean =>
        refusalFor(round.model, round.data(), round.discrete(), round.phase(), a) === null;
      const types = legalTypes(candidates, legal);
      const type = stream.pick(types);
      return stream.pick(candidates.filter((a) => a.type === type && legal(a)));
    },
  };
}

function legalTypes(candidates: readonly Action[], legal: (a: Action) => boolean): Action['type'][] {
  const found = new Set<Action['type']>();
  for (const a of candidates) if (!found.has(a.type) && legal(a)) found.add(a.type);
  return [...found];
}
