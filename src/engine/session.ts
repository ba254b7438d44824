import { createActor } from 'xstate';
import { actionFrom } from './action-input';
import type { Controller } from './delegation/events';
import { compileRound, type RoundModel } from './model/round-model';
import { discreteOf } from './round/discrete';
import { roundMachine, type RoundActorRef } from './round/machine';
import { refusalFor, type Refusal } from './round/refusal';
import type { Discrete, RoundData } from './round/state';
import type { Scenario } from './scenario/build';
import type { DelegationId, Difficulty, Phase, SomeDelegations } from './vocabulary';
import { RECORD_FORMAT, seatsOf, type RoundRecord } from './record';

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
  data(): RoundData;
  discrete(): Discrete;
  record(): RoundRecord;
  /** Calls back after every change (accepted actions, and what they set off). */
  subscribe(listener: () => void): () => void;
  stop(): void;
}

export function startRound(scenario: Scenario, options: RoundOptions): Round {
  const difficulty = options.difficulty ?? 'normal';
  const model = compileRound(scenario, options.seed, difficulty, options.lift ?? true);
  const actor: RoundActorRef = createActor(roundMachine, { input: { model, controllers: options.controllers ?? {} } });
  actor.start();
  const phase = (): Phase => actor.getSnapshot().value as Phase;
  const data = (): RoundData => actor.getSnapshot().context.data;
  const discrete = (): Discrete => discreteOf(actor.getSnapshot().context.refs);
  return {
    model,
    act(input) {
      const parsed = actionFrom(input, data().actions.length);
      if (!parsed.ok) return { ok: false, refusal: parsed.error };
      const action = parsed.value;
      const refusal = refusalFor(model, data(), discrete(), phase(), action);
      if (refusal !== null) return { ok: false, refusal };
      actor.send({ type: 'ACT', action });
      const snapshot = actor.getSnapshot();
      // xstate keeps an action's exception in the snapshot; an engine bug must not pass for a quiet no-op.
      if (snapshot.status === 'error') throw snapshot.error;
      return { ok: true, stateId: data().stateId };
    },
    phase,
    controllerOf: (id) => discrete()[id]?.control ?? options.controllers?.[id] ?? 'ai',
    data,
    discrete,
    record: () => ({
      format: RECORD_FORMAT,
      scenario: scenario.id,
      contentHash: scenario.contentHash,
      seed: options.seed,
      difficulty,
      actions: [...data().actions],
      ...seatsOf(options.controllers),
    }),
    subscribe(listener) {
      const sub = actor.subscribe(() => listener());
      return () => sub.unsubscribe();
    },
    stop: () => actor.stop(),
  };
}
