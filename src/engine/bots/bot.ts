import type { Action } from '../actions';
import type { Round } from '../session';

/** A mediator played by the computer: it looks at the round and proposes the next action. */
export interface Bot {
  readonly name: string;
  next(round: Round): Action;
}

export const MAX_BOT_STEPS = 400;

/** Plays until the outcome (or until the plenary waits for students). A bot's illegal move is a bug. */
export function playBot(round: Round, bot: Bot): void {
  for (let step = 0; step < MAX_BOT_STEPS; step += 1) {
    const phase = round.phase();
    if (phase === 'outcome' || phase === 'plenary') return;
    const action = bot.next(round);
    const result = round.act(action);
    if (!result.ok)
      throw new Error(`bot ${bot.name} tried a refused action (${result.refusal.code}): ${JSON.stringify(action)}`);
  }
  throw new Error(`bot ${bot.name} did not finish within ${MAX_BOT_STEPS} actions`);
}

/** What every bot does before the consultations: open the talks. */
export function opening(round: Round): Action | undefined {
  const phase = round.phase();
  if (phase === 'briefing') return { type: 'start' };
  if (phase === 'opening') return { type: 'proceed' };
  return undefined;
}
