import type { Controller } from '../delegation/events';
import { newDelegation } from '../delegation/step';
import { delegationModel, type RoundModel } from '../model/round-model';
import { newLedger } from '../model/trust';
import type { SomeDelegations } from '../vocabulary';
import type { DelegationDynamics, Discrete, RoundData, RoundState } from './state';
import { FRESH_RNG } from './streams';

export function initialData(model: RoundModel): RoundData {
  const dyn: SomeDelegations<DelegationDynamics> = {};
  for (const id of model.delegations) {
    const p = delegationModel(model, id).personality;
    dyn[id] = { trust: newLedger(p.trust), patience: p.patience, revealed: [], replies: [], stance: null };
  }
  const draft = model.scenario.initialDraft;
  return {
    stateId: 0,
    minute: 0,
    extraMinutes: 0,
    draft,
    versions: [{ stateId: 0, minute: 0, draft }],
    dyn,
    promises: [],
    questions: [],
    deck: model.scenario.deck.cards.map((c) => c.id),
    scripted: 0,
    log: [],
    decisions: {},
    awaiting: null,
    outcome: null,
    actions: [],
  };
}

/** A round before its briefing: every delegation on its way, its seat held as the options say. */
export function initialState(model: RoundModel, controllers: SomeDelegations<Controller>): RoundState {
  const delegations: Discrete = {};
  for (const id of model.delegations)
    delegations[id] = newDelegation(delegationModel(model, id), controllers[id] ?? 'ai');
  return { phase: 'briefing', data: initialData(model), delegations, rng: FRESH_RNG };
}
