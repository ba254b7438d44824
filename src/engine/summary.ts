import type { Round } from './session';
import type { Decision, DelegationId } from './vocabulary';

/** The JSON that `sim` and `replay` print (an interface: other tools read it). */
export interface RoundSummary {
  readonly scenario: string;
  readonly contentHash: string;
  readonly seed: string | number;
  readonly policy: string;
  readonly actions: number;
  readonly outcome: {
    readonly adopted: boolean;
    readonly decisions: Readonly<Record<DelegationId, Decision>>;
    readonly score: {
      readonly total: number;
      readonly signatures: number;
      readonly substance: number;
      readonly credibility: number;
      readonly time: number;
    };
  } | null;
}

/** A seed given as digits is printed as a number, as it was typed. */
export const seedValue = (seed: string): string | number => (/^(0|[1-9]\d{0,14})$/.test(seed) ? Number(seed) : seed);

export function summarize(round: Round, policy: string): RoundSummary {
  const record = round.record();
  const outcome = round.data().outcome;
  return {
    scenario: record.scenario,
    contentHash: record.contentHash,
    seed: seedValue(record.seed),
    policy,
    actions: record.actions.length,
    outcome:
      outcome === null
        ? null
        : {
            adopted: outcome.adopted,
            decisions: outcome.decisions,
            score: {
              total: outcome.score.total,
              signatures: outcome.score.signatures.points,
              substance: outcome.score.substance.points,
              credibility: outcome.score.credibility.points,
              time: outcome.score.time.points,
            },
          },
  };
}
