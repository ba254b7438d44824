import type { Action } from '../actions';
import { legalActions } from '../legal';
import { createStream } from '../rng';
import { opening, type Bot } from './bot';

/** Picks a legal action type at random, then one of its legal actions: a mediator with no plan. */
export function randomBot(seed: string): Bot {
  const stream = createStream(seed, 'bot:random');
  return {
    name: 'random',
    next(round) {
      const early = opening(round);
      if (early !== undefined) return early;
      const legal = legalActions(round.model, round.data(), round.discrete(), round.phase());
      const byType = new Map<string, Action[]>();
      for (const a of legal) {
        const list = byType.get(a.type);
        if (list === undefined) byType.set(a.type, [a]);
        else list.push(a);
      }
      const types = [...byType.keys()];
      const chosen = byType.get(stream.pick(types)) ?? [];
      return stream.pick(chosen);
    },
  };
}
