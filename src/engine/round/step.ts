import { resolveChart, stepChart } from '../chart';
import { makeAction, type Action } from '../actions';
import type { Controller } from '../delegation/events';
import type { RoundModel } from '../model/round-model';
import type { Phase, SomeDelegations } from '../vocabulary';
import { roundChart, type RoundChart } from './chart';
import { initialState } from './initial';
import { refusalFor, withRefusalKnown, type Refusal } from './refusal';
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

/** Where rounds on one compiled model start, for each way of holding the seats: never changed, so shared. */
const starts = new WeakMap<RoundModel, Map<string, RoundState>>();

export function startState(model: RoundModel, controllers: SomeDelegations<Controller>): RoundState {
  let byHolders = starts.get(model);
  if (byHolders === undefined) {
    byHolders = new Map();
    starts.set(model, byHolders);
  }
  const holders = model.delegations.map((d) => controllers[d] ?? 'ai').join();
  let state = byHolders.get(holders);
  if (state === undefined) {
    state = initialState(model, controllers);
    byHolders.set(holders, state);
  }
  return state;
}

/**
 * The step last taken from each of a round's first states, by the action's notation. A step is a pure function, so
 * the same action from the same state gives that same next state: the balance sweep's bots all open a seed's talks
 * alike. Only the opening is kept: a longer chain would hold every state of a round as long as its model is cached.
 */
const taken = new WeakMap<RoundState, { readonly action: string; readonly next: RoundState }>();
const OPENING_STEPS = 2;

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
  const opening = state.data.stateId < OPENING_STEPS;
  const before = opening ? taken.get(state) : undefined;
  if (before !== undefined && before.action === makeAction(action)) return { state: before.next, refusal: null };
  const refusal = refusalFor(model, state.data, state.delegations, state.phase, action);
  if (refusal !== null) return { state, refusal };
  const next = withRefusalKnown(model, state, action, refusal, () =>
    stepChart(roundChart, snapshotOf(model, state), { type: 'ACT', action }),
  );
  const { data, delegations, rng } = next.context;
  const out: RoundState = { phase: next.value as Phase, data, delegations, rng };
  live.set(out, next);
  if (opening) taken.set(state, { action: makeAction(action), next: out });
  return { state: out, refusal: null };
}
