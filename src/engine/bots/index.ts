import type { Bot } from './bot';
import { greedyBot } from './greedy';
import { passiveBot } from './passive';
import { randomBot } from './random';

export const POLICIES = ['passive', 'random', 'greedy'] as const;
export type Policy = (typeof POLICIES)[number];

export function botFor(policy: Policy, seed: string): Bot {
  switch (policy) {
    case 'passive':
      return passiveBot();
    case 'random':
      return randomBot(seed);
    case 'greedy':
      return greedyBot();
  }
}

export { playBot, type Bot } from './bot';
