import { historyBot } from './bots/history';
import { playBot } from './bots/bot';
import { delegationModel } from './model/round-model';
import type { Scenario } from './scenario/build';
import { resultOf, type RealResult } from './round/results';
import { startRound } from './session';
import { DELEGATIONS, type Decision, type DelegationId, type RoundId } from './vocabulary';

export type { RealResult };

export interface FidelityCell {
  readonly delegation: DelegationId;
  readonly predicted: RealResult;
  readonly real: RealResult;
}

export interface FidelityRound {
  readonly id: RoundId;
  readonly cells: readonly FidelityCell[];
}

/** What `npm run -s fidelity -- --json` prints (an interface: other tools read it). */
export interface FidelityReport {
  readonly rounds: readonly FidelityRound[];
  readonly cells: number;
  readonly agree: number;
  readonly rate: number;
}

/** One seed for every round: the history policy has no chance of its own, the round's events do. */
export const FIDELITY_SEED = 'history';

/** What the model says a delegation did, in the words of the real record (the outcome's `results`). */
export const predictedResult = resultOf;

/** Plays one round with the history policy and sets each recorded result beside the model's. */
export function fidelityOf(scenario: Scenario, seed: string = FIDELITY_SEED): FidelityRound {
  const round = startRound(scenario, { seed });
  playBot(round, historyBot());
  const outcome = round.data().outcome;
  const real = scenario.round.history?.results ?? {};
  const cells: FidelityCell[] = [];
  for (const id of DELEGATIONS) {
    const result = real[id];
    if (result === undefined) continue;
    const inRound = scenario.delegations.includes(id);
    const decision: Decision = outcome?.decisions[id] ?? 'absent';
    const role = inRound ? delegationModel(round.model, id).role : undefined;
    cells.push({ delegation: id, predicted: predictedResult(decision, role), real: result });
  }
  round.stop();
  return { id: scenario.id, cells };
}

export function fidelityReport(rounds: readonly FidelityRound[]): FidelityReport {
  const all = rounds.flatMap((r) => r.cells);
  const agree = all.filter((c) => c.predicted === c.real).length;
  return {
    rounds,
    cells: all.length,
    agree,
    rate: all.length === 0 ? 0 : Math.round((agree / all.length) * 1000) / 1000,
  };
}
