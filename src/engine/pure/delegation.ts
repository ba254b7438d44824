import type { DelegationEvent, DelegationReport } from '../delegation/events';
import { hasRegion } from '../delegation/machine';
import type { DelegationModel } from '../model/round-model';
import type { DelegationDiscrete } from '../round/state';

/**
 * The delegation statechart's rules as a plain function, event for event. It exists to measure what the
 * machines cost (bench: xstateOverhead) and to check them: a differential test runs both on the same
 * actions and requires the same round.
 */
export function stepDelegation(
  model: DelegationModel,
  d: DelegationDiscrete,
  event: DelegationEvent,
): { next: DelegationDiscrete; reports: DelegationReport[] } {
  const id = model.id;
  const same = { next: d, reports: [] };
  const decided = (
    next: DelegationDiscrete,
    decision: DelegationReport & { type: 'DECIDED' } extends { decision: infer X } ? X : never,
  ) => ({
    next,
    reports: [{ type: 'DECIDED', delegation: id, decision } as const],
  });
  switch (event.type) {
    case 'ARRIVE':
      if (d.attendance !== 'arriving') return same;
      return event.boycott
        ? {
            next: { ...d, attendance: 'boycotting' },
            reports: [{ type: 'REPORT', delegation: id, what: 'boycotting' }],
          }
        : { next: { ...d, attendance: 'seated' }, reports: [{ type: 'REPORT', delegation: id, what: 'seated' }] };
    case 'PATIENCE_GONE': {
      const crossed = model.goals.some((g) => hasRegion(g) && g.hard && d.goals[g.id] === 'violated');
      if (d.attendance !== 'seated' || !crossed) return same;
      const left: DelegationReport = { type: 'REPORT', delegation: id, what: 'walkedOut' };
      if (d.decision === 'awaitingHuman') {
        return {
          next: { ...d, attendance: 'walkedOut', decision: 'walkedOut' },
          reports: [left, { type: 'DECIDED', delegation: id, decision: 'walkedOut' }],
        };
      }
      return { next: { ...d, attendance: 'walkedOut' }, reports: [left] };
    }
    case 'RECALL':
      if (d.attendance !== 'walkedOut' && d.attendance !== 'boycotting') return same;
      return event.success
        ? { next: { ...d, attendance: 'seated' }, reports: [{ type: 'REPORT', delegation: id, what: 'returned' }] }
        : { next: d, reports: [{ type: 'REPORT', delegation: id, what: 'recallFailed' }] };
    case 'PLENARY': {
      const ai = d.control === 'ai';
      // The attendance region leaves the room on its own, whatever the decision region does.
      const attendance = d.attendance === 'seated' && ai && event.walksOut ? 'walkedOut' : d.attendance;
      if (d.decision === 'undecided' && d.attendance === 'seated' && !ai) {
        return {
          next: { ...d, decision: 'awaitingHuman' },
          reports: [{ type: 'REPORT', delegation: id, what: 'awaitingHuman' }],
        };
      }
      const canDecide =
        (d.decision === 'undecided' && d.attendance === 'seated') || (d.decision === 'awaitingHuman' && ai);
      if (!canDecide) return attendance === d.attendance ? same : { next: { ...d, attendance }, reports: [] };
      if (event.walksOut) return decided({ ...d, attendance, decision: 'walkedOut' }, 'walkedOut');
      return decided({ ...d, attendance, decision: event.verdict }, event.verdict);
    }
    case 'HUMAN_DECISION': {
      const attendance = d.attendance === 'seated' && event.decision === 'walkOut' ? 'walkedOut' : d.attendance;
      if (d.decision !== 'awaitingHuman') {
        if (attendance === d.attendance) return same;
        const reports: DelegationReport[] =
          d.decision === 'undecided' ? [{ type: 'REPORT', delegation: id, what: 'walkedOut' }] : [];
        return { next: { ...d, attendance }, reports };
      }
      if (event.decision === 'walkOut') return decided({ ...d, attendance, decision: 'walkedOut' }, 'walkedOut');
      return decided({ ...d, attendance, decision: event.decision }, event.decision);
    }
    case 'HAND':
      return { next: { ...d, control: event.to }, reports: [] };
    default: {
      if (event.type.startsWith('mood.'))
        return { next: { ...d, mood: event.type.slice(5) as DelegationDiscrete['mood'] }, reports: [] };
      const goal = event.type.slice(5);
      if (!('status' in event) || !model.goals.some((g) => g.id === goal && hasRegion(g))) return same;
      return { next: { ...d, goals: { ...d.goals, [goal]: event.status } }, reports: [] };
    }
  }
}
