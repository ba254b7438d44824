/**
 * The same decisions as the statecharts, by plain functions: kept here only, as the baseline that
 * `xstateOverhead` divides by (the engine has one implementation, the charts). It plugs into the
 * engine's one seam for it, `Ctx.delegate`, and replaces the round chart with a switch over phases;
 * everything else (the arithmetic, the reducers, the streams) is the engine's own. bench/engine.ts
 * checks that both make the same rounds before it times them.
 */
import type { Action } from '../src/engine/actions';
import type { DelegationEvent } from '../src/engine/delegation/events';
import type { Draft } from '../src/engine/draft';
import type { GoalRecord } from '../src/engine/goals/charts';
import { ACHIEVED } from '../src/engine/goals/charts';
import { wordingWorth } from '../src/engine/goals/guards';
import { anyBlocks, anyCrossed, marginScore, reservationAt, worthOf } from '../src/engine/model/acceptance';
import type { CompiledGoal } from '../src/engine/model/goals';
import { compileRound, type DelegationModel, type RoundModel } from '../src/engine/model/round-model';
import { arrivalFor, MOOD_LEVELS, recallChance, WALKOUT_PATIENCE } from '../src/engine/model/temper';
import { applyAction } from '../src/engine/round/apply';
import { entry, type Ctx } from '../src/engine/round/context';
import { conclude, table } from '../src/engine/round/plenary';
import { limitOf, refusalFor } from '../src/engine/round/refusal';
import type { DelegationState, RoundState } from '../src/engine/round/state';
import { startState } from '../src/engine/round/step';
import { openStreams } from '../src/engine/round/streams';
import type { Scenario } from '../src/engine/scenario/build';
import type { Round, RoundOptions } from '../src/engine/session';
import type { DelegationId } from '../src/engine/vocabulary';

const at = (d: Draft, i: number): number => (i < 0 ? 0 : (d[i] ?? 0));
const within = (s: number, c: { min: number; max: number }): boolean => s >= c.min && s <= c.max;
const NO_REASON = { guard: 'notHeard' } as const;

/** A goal's state on a draft (or seating), as its chart settles. */
function goalState(g: CompiledGoal, draft: Draft, seated: readonly DelegationId[]): string {
  switch (g.kind) {
    case 'requires':
      return g.inForce >= g.cond.min || at(draft, g.cond.at) >= g.cond.min ? 'met' : 'unmet';
    case 'vetoes':
      return at(draft, g.cond.at) >= g.cond.min ? 'crossed' : 'clear';
    case 'prefers': {
      const w = wordingWorth(g.utilities, at(draft, g.at));
      return w > 0 ? 'pleased' : w < 0 ? 'displeased' : 'indifferent';
    }
    case 'cosign':
      if (g.beside !== undefined) return seated.includes(g.beside) ? 'withheld' : 'free';
      if (g.unless !== undefined && within(at(draft, g.unless.at), g.unless)) return 'free';
      return g.when !== undefined && within(at(draft, g.when.at), g.when) ? 'withheld' : 'free';
    case 'campaign': {
      const first = g.steps.findIndex((s) => s.inForce < s.min && at(draft, s.at) < s.min);
      return first < 0 ? ACHIEVED : (g.names[first] ?? '');
    }
    case 'linkage':
      if (at(draft, g.cond.at) < g.cond.min) return 'idle';
      return within(at(draft, g.if.at), g.if) ? 'honoured' : 'broken';
  }
}

const record = (state: string): GoalRecord => ({ state, because: NO_REASON });

function moodOf(trust: number, patience: number): DelegationState['mood'] {
  if (trust < MOOD_LEVELS.distrust || patience < WALKOUT_PATIENCE) return 'obstructive';
  return trust >= MOOD_LEVELS.warmTrust && patience >= MOOD_LEVELS.calmPatience ? 'cooperative' : 'wary';
}

/** The delegation chart's rules, event by event. */
export function plainDelegate(dm: DelegationModel, d: DelegationState, e: DelegationEvent): DelegationState {
  const deciding = d.decision === 'undecided' || d.decision === 'awaitingHuman';
  const crossed = (): boolean => anyCrossed(dm, d.goals);
  switch (e.type) {
    case 'ARRIVE': {
      if (d.attendance !== 'arriving') return d;
      const goals: Record<string, GoalRecord> = {};
      for (const g of dm.goals) goals[g.id] = record(goalState(g, e.draft, []));
      const away = arrivalFor(e.forced ?? undefined, e.trust) === 'boycott';
      return { ...d, attendance: away ? 'boycotting' : 'seated', mood: moodOf(e.trust, e.patience), goals };
    }
    case 'DRAFT':
    case 'SEATING': {
      const listeners = e.type === 'DRAFT' ? (dm.hears.draft[e.at] ?? []) : dm.hears.seating;
      if (listeners.length === 0) return d;
      const goals = { ...d.goals };
      for (const g of listeners)
        goals[g.id] = record(goalState(g, e.type === 'DRAFT' ? e.draft : [], e.type === 'SEATING' ? e.seated : []));
      return { ...d, goals };
    }
    case 'STANDING': {
      const mood = moodOf(e.trust, e.patience);
      const leaves = d.attendance === 'seated' && deciding && crossed() && e.patience < WALKOUT_PATIENCE;
      if (!leaves) return { ...d, mood };
      return {
        ...d,
        mood,
        attendance: 'walkedOut',
        decision: d.decision === 'awaitingHuman' ? 'walkedOut' : d.decision,
      };
    }
    case 'RECALL': {
      const mood = moodOf(e.trust, e.patience);
      const away = d.attendance === 'walkedOut' || d.attendance === 'boycotting';
      const back = away && e.roll < recallChance(e.trust, e.patience, crossed());
      return { ...d, mood, attendance: back ? 'seated' : d.attendance };
    }
    case 'PLENARY': {
      const goals = { ...d.goals };
      for (const g of dm.hears.tabled)
        if (goals[g.id]?.state === 'unmet' && goalState(g, e.draft, []) === 'unmet') goals[g.id] = record('violated');
      const next = { ...d, goals };
      const open =
        (d.decision === 'undecided' && d.attendance === 'seated') ||
        (d.decision === 'awaitingHuman' && d.control === 'ai');
      if (!open) return next;
      if (d.control === 'human') return { ...next, decision: 'awaitingHuman' };
      if (anyCrossed(dm, goals) && e.patience < WALKOUT_PATIENCE)
        return { ...next, decision: 'walkedOut', attendance: 'walkedOut' };
      if (anyBlocks(dm, goals)) return { ...next, decision: 'refuses' };
      const worth = worthOf(dm, goals, e.draft);
      if (worth < 0) return { ...next, decision: 'refuses' };
      const clears = marginScore(dm, worth, e.trust, e.patience) >= reservationAt(dm.personality, e.t);
      return { ...next, decision: clears ? 'signs' : 'reserves' };
    }
    case 'HUMAN_DECISION':
      if (d.decision === 'awaitingHuman') {
        if (e.decision !== 'walkOut') return { ...d, decision: e.decision };
        return { ...d, decision: 'walkedOut', attendance: d.attendance === 'seated' ? 'walkedOut' : d.attendance };
      }
      return d.attendance === 'seated' && d.decision === 'undecided' && e.decision === 'walkOut'
        ? { ...d, attendance: 'walkedOut' }
        : d;
    case 'HAND':
      return { ...d, control: e.to };
    case 'LEAVE':
      return d.attendance === 'seated' ? { ...d, attendance: 'walkedOut' } : d;
  }
}

/** The round chart's phases as a switch. */
export function plainStep(model: RoundModel, state: RoundState, action: Action): RoundState {
  if (refusalFor(model, state.data, state.delegations, state.phase, action) !== null) return state;
  const streams = openStreams(model.seed, state.rng);
  const ctx: Ctx = { model, streams, delegate: plainDelegate };
  let sitting = applyAction(ctx, state, action);
  let phase = state.phase;
  if (phase === 'briefing') phase = 'opening';
  else if (phase === 'opening') phase = 'consultations';
  else if (phase === 'consultations') {
    const timeUp = action.type !== 'plenary' && sitting.data.minute >= limitOf(model, sitting.data);
    if (timeUp)
      sitting = {
        ...sitting,
        data: { ...sitting.data, log: [...sitting.data.log, entry(sitting.data.minute, 'log.timeUp', {}, 'bad')] },
      };
    if (action.type === 'plenary' || timeUp) {
      phase = 'plenary';
      sitting = table(ctx, sitting);
    }
  }
  if (phase === 'plenary' && sitting.data.awaiting?.length === 0) {
    phase = 'outcome';
    sitting = { ...sitting, data: conclude(model, sitting) };
  }
  return { phase, data: sitting.data, delegations: sitting.delegations, rng: streams.close() };
}

/** Enough of a round for the bots to play it. */
export function plainRound(scenario: Scenario, options: RoundOptions): Round {
  const model = compileRound(scenario, options.seed, options.difficulty ?? 'normal');
  let state = startState(model, options.controllers ?? {});
  const round = {
    model,
    act(action: Action) {
      const next = plainStep(model, state, action);
      if (next === state) return { ok: false as const, refusal: { code: 'wrongPhase' as const, key: '' } };
      state = next;
      return { ok: true as const, stateId: state.data.stateId };
    },
    phase: () => state.phase,
    state: () => state,
    data: () => state.data,
    discrete: () => state.delegations,
    controllerOf: (id: DelegationId) => state.delegations[id]?.control ?? 'ai',
    stop: () => undefined,
  };
  return round as unknown as Round;
}
