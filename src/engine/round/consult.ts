import type { DelegationModel } from '../model/round-model';
import type { DelegationId } from '../vocabulary';
import { log, update } from './changes';
import { entry } from './context';
import { nextHidden } from './reveal';
import type { RoundData } from './state';

/**
 * A delegation tells the mediator its next unspoken aim (RULES.md REVEAL-1): at once when the computer holds
 * the seat, or when its students choose to answer a consultation (REVEAL-2). `students` names the line so
 * the log says who chose to tell.
 */
export function tellNextAim(data: RoundData, dm: DelegationModel, id: DelegationId, students: boolean): RoundData {
  const m = data.minute;
  const dyn = data.dyn[id];
  const goal = dyn === undefined ? undefined : nextHidden(dm, dyn);
  if (goal === undefined) {
    const key = students ? 'log.consultStudentsNothingNew' : 'log.consultNothingNew';
    return log(data, entry(m, key, { delegation: id }, 'good', id));
  }
  const next = update(data, id, (d) => ({ ...d, revealed: [...d.revealed, goal] }));
  // A veto's text names what the delegation refuses, so it is told as a refusal, not as a wish.
  const veto = dm.goal.get(goal)?.kind === 'vetoes';
  // Whole keys, so that the catalogue test sees each one used.
  const key = students
    ? veto
      ? 'log.consultStudentsRevealedVeto'
      : 'log.consultStudentsRevealed'
    : veto
      ? 'log.consultRevealedVeto'
      : 'log.consultRevealed';
  return log(next, entry(m, key, { delegation: id, goal }, 'good', id));
}

/** Students keep their counsel: the mediator learns nothing, and the log says only that. */
export const declineConsult = (data: RoundData, id: DelegationId): RoundData =>
  log(data, entry(data.minute, 'log.consultDeclined', { delegation: id }, 'neutral', id));
