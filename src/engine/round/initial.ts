import { delegationModel, type RoundModel } from '../model/round-model';
import { newLedger } from '../model/trust';
import type { SomeDelegations } from '../vocabulary';
import type { DelegationDynamics, RoundData } from './state';

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
