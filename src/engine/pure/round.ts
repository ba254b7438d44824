import type { Action } from '../actions';
import type { DelegationReport } from '../delegation/events';
import { hasRegion } from '../delegation/machine';
import { compileRound, delegationModel } from '../model/round-model';
import { applyAction } from '../round/apply';
import { createStreams, entry, seatedKeyOf, type Ctx, type Send, type Step } from '../round/context';
import { initialData } from '../round/initial';
import { conclude, recordDecision, table } from '../round/plenary';
import { limitOf, refusalFor } from '../round/refusal';
import type { DelegationDiscrete, Discrete, RoundData } from '../round/state';
import type { Scenario } from '../scenario/build';
import type { RoundOptions, Round } from '../session';
import { RECORD_FORMAT, seatsOf } from '../record';
import type { Phase } from '../vocabulary';
import { stepDelegation } from './delegation';

/**
 * A round with the same rules and the same pure functions as `startRound`, but with the statecharts'
 * rules run as plain functions: the baseline that shows what the machines cost, and the second opinion
 * in the differential test. It mirrors the actors' delivery order: the events an action sends, then
 * the reports they cause, then the round's own follow-up (tabling, concluding).
 */
export function startPureRound(scenario: Scenario, options: RoundOptions): Round {
  const difficulty = options.difficulty ?? 'normal';
  const model = compileRound(scenario, options.seed, difficulty);
  const controllers = options.controllers ?? {};
  const streams = createStreams(options.seed);
  let phase: Phase = 'briefing';
  let data: RoundData = initialData(model);
  let discrete: Discrete = {};
  const ctx = (): Ctx => ({ model, discrete, streams, controllers, seatedKey: seatedKeyOf(discrete) });

  const deliver = (sends: readonly Send[]): DelegationReport[] => {
    const reports: DelegationReport[] = [];
    for (const send of sends) {
      const d = discrete[send.to];
      if (d === undefined) continue;
      const step = stepDelegation(delegationModel(model, send.to), d, send.event);
      discrete = { ...discrete, [send.to]: step.next };
      reports.push(...step.reports);
    }
    return reports;
  };
  const note = (report: DelegationReport): void => {
    if (report.type === 'DECIDED') data = recordDecision(data, report.delegation, report.decision);
    else if (report.what === 'walkedOut') {
      data = {
        ...data,
        log: [
          ...data.log,
          entry(data.minute, 'log.walkedOut', { delegation: report.delegation }, 'bad', report.delegation),
        ],
        awaiting: data.awaiting?.filter((d) => d !== report.delegation) ?? null,
      };
    }
    if (phase === 'plenary' && data.awaiting?.length === 0) {
      phase = 'outcome';
      data = conclude(ctx(), data);
    }
  };
  const commit = (step: Step): void => {
    data = step.data;
    for (const [id, plan] of step.arrivals ?? []) discrete = { ...discrete, [id]: arrived(id, plan) };
    deliver(step.sends).forEach(note);
  };
  const arrived = (
    id: keyof Discrete,
    plan: {
      boycott: boolean;
      controller: DelegationDiscrete['control'];
      statuses: Readonly<Record<string, DelegationDiscrete['goals'][string]>>;
      mood: DelegationDiscrete['mood'];
    },
  ): DelegationDiscrete => {
    const dm = delegationModel(model, id);
    const goals: Record<string, DelegationDiscrete['goals'][string]> = {};
    for (const g of dm.goals) if (hasRegion(g)) goals[g.id] = plan.statuses[g.id] ?? 'unmet';
    return {
      attendance: plan.boycott ? 'boycotting' : 'seated',
      mood: plan.mood,
      control: plan.controller,
      decision: 'undecided',
      goals,
    };
  };
  const enterPlenary = (): void => {
    phase = 'plenary';
    commit(table(ctx(), data));
    if (data.awaiting?.length === 0 && phase === 'plenary') {
      phase = 'outcome';
      data = conclude(ctx(), data);
    }
  };

  return {
    model,
    act(action: Action) {
      const refusal = refusalFor(model, data, discrete, phase, action);
      if (refusal !== null) return { ok: false, refusal };
      const before = phase;
      commit(applyAction(ctx(), data, action));
      if (before === 'briefing') phase = 'opening';
      else if (before === 'opening') phase = 'consultations';
      else if (before !== 'consultations' || phase !== 'consultations') return { ok: true, stateId: data.stateId };
      else if (action.type === 'plenary') enterPlenary();
      else if (data.minute >= limitOf(model, data)) {
        data = { ...data, log: [...data.log, entry(data.minute, 'log.timeUp', {}, 'bad')] };
        enterPlenary();
      }
      return { ok: true, stateId: data.stateId };
    },
    phase: () => phase,
    controllerOf: (id) => discrete[id]?.control ?? controllers[id] ?? 'ai',
    data: () => data,
    discrete: () => discrete,
    record: () => ({
      format: RECORD_FORMAT,
      scenario: scenario.id,
      contentHash: scenario.contentHash,
      seed: options.seed,
      difficulty,
      actions: [...data.actions],
      ...seatsOf(controllers),
    }),
    subscribe: () => () => undefined,
    stop: () => undefined,
  };
}
