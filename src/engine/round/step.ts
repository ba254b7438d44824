import { resolveChart, stepChart } from '../chart';
import type { Action } from '../actions';
import type { Controller } from '../delegation/events';
import type { RoundModel } from '../model/round-model';
import type { Phase, SomeDelegations } from '../vocabulary';
import { roundChart, type RoundChart } from './chart';
import { initialState } from './initial';
import { refusalFor, type Refusal } from './refusal';
import type { RoundState } from './state';

type Snapshot = ReturnType<typeof resolveChart<RoundChart>>;

/** Each plain state's live snapshot, so that playing on does not rebuild it (a restored round rebuilds it once). */
const live = new WeakMap<RoundState, Snapshot>();

function snapshotOf(model: RoundModel, state: RoundState): Snapshot {
  let snapshot = live.get(state);
  if (snapshot === undefined) {
    const { data, delegations, rng } = state;
    snapshot = resolveChart(roundChart, state.phase, { model, data, delegations, rng });
    live.set(state, snapshot);
  }
  return snapshot;
}

export function startState(model: RoundModel, controllers: SomeDelegations<Controller>): RoundState {
  return initialState(model, controllers);
}

export interface StepResult {
  readonly state: RoundState;
  /** Why the action was refused; the state is then the same object. */
  readonly refusal: Refusal | null;
}

/**
 * One step of a round (STYLE 1): the same state and action give the same next state, every time.
 * A refused action changes nothing and says why; player input never throws.
 */
export function stepRound(model: RoundModel, state: RoundState, action: Action): StepResult {
  const refusal = refusalFor(model, state.data, state.delegations, state.phase, action);
  if (refusal !== null) return { state, refusal };
  const next = stepChart(roundChart, snapshotOf(model, state), { type: 'ACT', action });
  const { data, delegations, rng } = next.context;
  const out: RoundState = { phase: next.value as Phase, data, delegations, rng };
  live.set(out, next);
  return { state: out, refusal: null };
}
