import { actionFrom } from './action-input';
import type { Controller } from './delegation/events';
import { compileRound, type RoundModel } from './model/round-model';
import { RECORD_FORMAT, seatsOf, type RoundRecord } from './record';
import type { Refusal } from './round/refusal';
import type { Discrete, RoundData, RoundState } from './round/state';
import { startState, stepRound } from './round/step';
import type { Scenario } from './scenario/build';
import { SNAPSHOT_FORMAT, type RoundSnapshot } from './snapshot';
import type { DelegationId, Difficulty, Phase, SomeDelegations } from './vocabulary';

export interface RoundOptions {
  readonly seed: string;
  readonly difficulty?: Difficulty;
  /** Seats held by students; every other seat is the AI's. */
  readonly controllers?: SomeDelegations<Controller>;
  /** False for a replay of history (fidelity): no difficulty lift on reservation levels (issue 18). */
  readonly lift?: boolean;
}

export type ActResult =
  | { readonly ok: true; readonly stateId: number }
  | { readonly ok: false; readonly refusal: Refusal };

/** One live round: the engine's whole surface for scenes, bots, tools and tests. */
export interface Round {
  readonly model: RoundModel;
  /** Tries an action (any value: it is parsed first); a refused one changes nothing and says why. Never throws. */
  act(action: unknown): ActResult;
  phase(): Phase;
  /** Who holds a seat: the AI, or students. */
  controllerOf(id: DelegationId): Controller;
  /** The whole round as plain data: what `stepRound` steps, and what a snapshot saves. */
  state(): RoundState;
  data(): RoundData;
  /** Each delegation's chart as plain data. */
  discrete(): Discrete;
  record(): RoundRecord;
  /** The round's state with what it needs to be restored (`restoreRound`), as plain JSON data. */
  snapshot(): RoundSnapshot;
  /** Calls back after every accepted action. */
  subscribe(listener: () => void): () => void;
  stop(): void;
}

/** A round that plays on from `state` (a new round's, or a restored snapshot's). */
export function roundFrom(scenario: Scenario, options: RoundOptions, state: RoundState): Round {
  const difficulty = options.difficulty ?? 'normal';
  const model = compileRound(scenario, options.seed, difficulty, options.lift ?? true);
  let current = state;
  const listeners = new Set<() => void>();
  return {
    model,
    act(input) {
      const parsed = actionFrom(input, current.data.actions.length);
      if (!parsed.ok) return { ok: false, refusal: parsed.error };
      const { state: next, refusal } = stepRound(model, current, parsed.value);
      if (refusal !== null) return { ok: false, refusal };
      current = next;
      for (const listener of listeners) listener();
      return { ok: true, stateId: current.data.stateId };
    },
    phase: () => current.phase,
    controllerOf: (id) => current.delegations[id]?.control ?? options.controllers?.[id] ?? 'ai',
    state: () => current,
    data: () => current.data,
    discrete: () => current.delegations,
    record: () => ({
      format: RECORD_FORMAT,
      scenario: scenario.id,
      contentHash: scenario.contentHash,
      seed: options.seed,
      difficulty,
      actions: [...current.data.actions],
      ...seatsOf(options.controllers),
    }),
    snapshot: () => ({
      format: SNAPSHOT_FORMAT,
      scenario: scenario.id,
      contentHash: scenario.contentHash,
      seed: options.seed,
      difficulty,
      ...seatsOf(options.controllers),
      state: current,
    }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => listeners.clear(),
  };
}

export function startRound(scenario: Scenario, options: RoundOptions): Round {
  const model = compileRound(scenario, options.seed, options.difficulty ?? 'normal', options.lift ?? true);
  return roundFrom(scenario, options, startState(model, options.controllers ?? {}));
}
