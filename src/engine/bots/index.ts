import type { Bot } from './bot';
import { greedyBot } from './greedy';
import { nashBot } from './nash';
import { historyBot } from './history';
import { passiveBot } from './passive';
import { randomBot } from './random';
import { singleActionBot, SINGLE_ACTIONS, type SingleAction } from './single';

/**
 * Every mediator the computer can play: the three baselines, the Nash mediator, one per single action, and history's.
 */
export const POLICIES = [
  'passive',
  'random',
  'greedy',
  'nash',
  ...SINGLE_ACTIONS.map((a) => `only-${a}` as const),
  'history',
] as const;
export type Policy = (typeof POLICIES)[number];
/** The mediators a balance sweep compares; `history` plays one fixed course, so it is no strategy to weigh. */
export const BALANCE_POLICIES: readonly Policy[] = POLICIES.filter((p) => p !== 'history');
export const SINGLE_ACTION_POLICIES: readonly Policy[] = SINGLE_ACTIONS.map((a) => `only-${a}` as const);

export function botFor(policy: Policy, seed: string): Bot {
  switch (policy) {
    case 'passive':
      return passiveBot();
    case 'random':
      return randomBot(seed);
    case 'greedy':
      return greedyBot();
    case 'history':
      return historyBot();
    case 'nash':
      return nashBot();
    default:
      return singleActionBot(policy.slice(5) as SingleAction);
  }
}

export { playBot, type Bot } from './bot';
