import type { Bot } from './bot';
import { greedyBot } from './greedy';
import { historyBot } from './history';
import { passiveBot } from './passive';
import { randomBot } from './random';

/** `history` replays the round's recorded course and tables the real text (issue 6). */
export const POLICIES = ['passive', 'random', 'greedy', 'history'] as const;
export type Policy = (typeof POLICIES)[number];

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
  }
}

export { playBot, type Bot } from './bot';
