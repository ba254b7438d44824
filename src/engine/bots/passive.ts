import { opening, type Bot } from './bot';

/** Opens the talks and tables the draft at once: the baseline every other strategy must beat. */
export const passiveBot = (): Bot => ({
  name: 'passive',
  next: (round) => opening(round) ?? { type: 'plenary' },
});
