import type { Bot } from './bot';
import { greedyBot } from './greedy';
import { nashBot } from './nash';
import { passiveBot } from './passive';
import { randomBot } from './random';
import { singleActionBot, SINGLE_ACTIONS, type SingleAction } from './single';

/** Every mediator the computer can play: the three baselines, the Nash mediator, and one per single action. */
export const POLICIES = ['passive', 'random', 'greedy', 'nash', ...SINGLE_ACTIONS.map((a) => `only-${a}` as const)] as const;
export type Policy = (typeof POLICIES)[number];
export const SINGLE_ACTION_POLICIES: readonly Policy[] = SINGLE_ACTIONS.map((a) => `only-${a}` as const);

export function botFor(policy: Policy, seed: string): Bot {
  switch (policy) {
    case 'passive':
      return passiveBot();
    case 'random':
      return randomBot(seed);
    case 'greedy':
      return greedyBot();
    case 'nash':
      return nashBot();
    default:
      return singleActionBot(policy.slice(5) as SingleAction);
  }
}

export { playBot, type Bot } from './bot';
