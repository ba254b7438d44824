import type { Action, ClassroomAction } from './actions';
import type { RoundModel } from './model/round-model';
import { refusalFor } from './round/refusal';
import type { Discrete, RoundData } from './round/state';
import { REPLIES, VERDICTS, type Phase } from './vocabulary';

const cached = new WeakMap<RoundModel['scenario'], readonly Action[]>();

/** Every action worth trying now, legal or not: the candidates `legalActions` filters. */
export function candidateActions(model: RoundModel, phase: Phase): Action[] {
  if (phase === 'briefing') return [{ type: 'start' }];
  if (phase === 'opening') return [{ type: 'proceed' }];
  if (phase !== 'consultations') return [];
  // The list depends on the scenario alone (its agenda and delegations), and the random bot asks for it at every step.
  let list = cached.get(model.scenario);
  if (list === undefined) {
    list = consultationCandidates(model);
    cached.set(model.scenario, list);
  }
  return [...list];
}

function consultationCandidates(model: RoundModel): Action[] {
  const { agenda } = model.scenario;
  const out: Action[] = [];
  const wordings: { clause: string; strength: number }[] = [];
  agenda.ids.forEach((clause, at) => {
    for (let s = 1; s <= (agenda.max[at] ?? 0); s += 1) wordings.push({ clause, strength: s });
  });
  for (const d of model.delegations) {
    out.push({ type: 'consult', delegation: d }, { type: 'recall', delegation: d });
    for (const w of wordings) out.push({ type: 'sound', delegation: d, ...w }, { type: 'assure', delegation: d, ...w });
    for (const other of model.delegations) {
      if (other > d) for (const w of wordings) out.push({ type: 'shuttle', from: d, to: other, ...w });
    }
  }
  out.push({ type: 'caucus' });
  agenda.ids.forEach((clause, at) => {
    for (let s = 0; s <= (agenda.max[at] ?? 0); s += 1) out.push({ type: 'edit', clause, strength: s });
  });
  out.push({ type: 'plenary' });
  return out;
}

/** The actions the round would accept now (STYLE #7): one list for bots and model-based tests. */
export function legalActions(model: RoundModel, data: RoundData, discrete: Discrete, phase: Phase): Action[] {
  return candidateActions(model, phase).filter((a) => refusalFor(model, data, discrete, phase, a) === null);
}

/** The students' and the teacher's moves worth trying now, legal or not (the console and tests filter them). */
export function classroomCandidates(model: RoundModel, phase: Phase): ClassroomAction[] {
  if (phase !== 'consultations' && phase !== 'plenary') return [];
  const out: ClassroomAction[] = [];
  for (const d of model.delegations) {
    for (const decision of [...VERDICTS, 'walkOut' as const]) out.push({ type: 'decide', delegation: d, decision });
    for (const reply of REPLIES) {
      if (reply !== 'amend') out.push({ type: 'answer', delegation: d, reply });
      else for (let s = 1; s <= 3; s += 1) out.push({ type: 'answer', delegation: d, reply, strength: s });
    }
    out.push(
      { type: 'hand', delegation: d, to: 'ai' },
      { type: 'hand', delegation: d, to: 'human' },
      { type: 'say', delegation: d, text: 'We have heard the proposal.' },
    );
  }
  for (const card of model.scenario.deck.cards) out.push({ type: 'inject', card: card.id });
  out.push({ type: 'extend', minutes: 60 }, { type: 'news', text: 'A convoy reaches a besieged town.' });
  return out;
}

export function legalClassroomActions(
  model: RoundModel,
  data: RoundData,
  discrete: Discrete,
  phase: Phase,
): ClassroomAction[] {
  return classroomCandidates(model, phase).filter((a) => refusalFor(model, data, discrete, phase, a) === null);
}
