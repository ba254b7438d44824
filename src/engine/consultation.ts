import type { Action } from './actions';
import type { Draft } from './draft';
import { startRound, type Round, type RoundOptions } from './session';
import type { Scenario } from './scenario/build';
import { GUARANTORS } from './vocabulary';

/**
 * An ordinary consultation (issue 13): the talks open, every seated delegation is consulted once,
 * the guarantors are caucused, and the draft is then edited into `text` clause by clause and tabled.
 * What `why` speaks from by default, and what the "sense and history" tests table real texts after.
 * A step the round refuses (a delegation away, the clock run out) is skipped: the text is tabled as
 * far as the round let it be written.
 */
export function consultAndTable(scenario: Scenario, options: RoundOptions, text: Draft): Round {
  const round = startRound(scenario, options);
  const act = (action: Action): boolean => round.act(action).ok;
  act({ type: 'start' });
  act({ type: 'proceed' });
  for (const id of round.model.delegations)
    if (round.discrete()[id]?.attendance === 'seated') act({ type: 'consult', delegation: id });
  if (GUARANTORS.every((g) => round.discrete()[g]?.attendance === 'seated')) act({ type: 'caucus' });
  tableText(round, text);
  return round;
}

/** Edits the draft into `text` (clauses in agenda order), then calls the plenary. */
export function tableText(round: Round, text: Draft): void {
  const { agenda } = round.model.scenario;
  agenda.ids.forEach((clause, at) => {
    const strength = text[at] ?? 0;
    if (round.phase() === 'consultations' && round.data().draft[at] !== strength)
      round.act({ type: 'edit', clause, strength });
  });
  if (round.phase() === 'consultations') round.act({ type: 'plenary' });
}
