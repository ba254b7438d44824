import { createStream } from '../rng';
import type { Scenario } from '../scenario/build';
import type { DelegationProfile, Personality } from '../scenario/schema';
import type { Arrival, DelegationId, Difficulty, GoalId, Role } from '../vocabulary';
import { DIFFICULTY, type DifficultyKnobs } from './difficulty';
import { compileGoal, goalRange, type CompiledGoal } from './goals';
import { arrivalFor } from './temper';

/** A delegation as it is in one round: its active goals (fixed ones plus those drawn for the seed). */
export interface DelegationModel {
  readonly id: DelegationId;
  readonly role: Role;
  readonly arrival: Arrival;
  readonly profile: DelegationProfile;
  readonly goals: readonly CompiledGoal[];
  readonly goal: ReadonlyMap<GoalId, CompiledGoal>;
  /** Lowest and highest worth any draft can give, for scaling to 0–1. */
  readonly range: readonly [number, number];
  readonly personality: Personality;
  /**
   * Which goals hear what (read from their charts' events): a draft change at each agenda position, the seating, a
   * tabled text.
   */
  readonly hears: {
    readonly draft: readonly (readonly CompiledGoal[])[];
    readonly seating: readonly CompiledGoal[];
    readonly tabled: readonly CompiledGoal[];
  };
}

/** Everything static about one seeded round: what the pure functions and the machines read. */
export interface RoundModel {
  readonly scenario: Scenario;
  readonly seed: string;
  readonly difficulty: Difficulty;
  readonly knobs: DifficultyKnobs;
  /** Minutes of talks. */
  readonly limit: number;
  readonly delegations: readonly DelegationId[];
  readonly byId: ReadonlyMap<DelegationId, DelegationModel>;
}

export function delegationModel(round: RoundModel, id: DelegationId): DelegationModel {
  const model = round.byId.get(id);
  if (model === undefined) throw new Error(`${id} is not in ${round.scenario.id}`);
  return model;
}

/** How many of a profile's hidden-pool goals a seed can add. */
export const MAX_DRAWN_GOALS = 2;

interface StaticDelegation {
  readonly profile: DelegationProfile;
  readonly fixed: readonly CompiledGoal[];
  /** The hidden pool compiled for this round; undefined where the round gives a goal nothing to act on. */
  readonly pool: readonly (CompiledGoal | undefined)[];
  /** Who hears what, for each set of drawn goals seen so far (a few per delegation). */
  readonly hears: Map<string, DelegationModel['hears']>;
}

/** The seed-independent part of compiling a round, done once per scenario. */
const staticCache = new WeakMap<Scenario, ReadonlyMap<DelegationId, StaticDelegation>>();

function staticPart(scenario: Scenario): ReadonlyMap<DelegationId, StaticDelegation> {
  const cached = staticCache.get(scenario);
  if (cached !== undefined) return cached;
  const context = {
    agenda: scenario.agenda,
    inRound: (d: DelegationId): boolean => scenario.seats[d] !== undefined,
    inForce: scenario.inForce,
  };
  const out = new Map<DelegationId, StaticDelegation>();
  for (const id of scenario.delegations) {
    const profile = scenario.profiles[id] as DelegationProfile;
    const fixed = profile.goals
      .map((g) => compileGoal(g, context, false))
      .filter((g): g is CompiledGoal => g !== undefined);
    const pool = profile.hiddenPool.map((g) => compileGoal(g, context, true));
    out.set(id, { profile, fixed, pool, hears: new Map() });
  }
  staticCache.set(scenario, out);
  return out;
}

/** Recently compiled rounds: the balance sweep plays every bot on the same seed, one after another. */
const recent = new WeakMap<Scenario, Map<string, RoundModel>>();
const RECENT_ROUNDS = 4;

/**
 * The static model of one seeded round. Immutable, so rounds on the same seed may share it. `lift` false
 * leaves the difficulty's lift off the reservation levels: a replay of history (issue 18) keeps delegations
 * as demanding as their profiles say, not as demanding as a seed makes them.
 */
export function compileRound(scenario: Scenario, seed: string, difficulty: Difficulty, lift = true): RoundModel {
  let byKey = recent.get(scenario);
  if (byKey === undefined) {
    byKey = new Map();
    recent.set(scenario, byKey);
  }
  const key = `${difficulty}/${seed}/${lift}`;
  const known = byKey.get(key);
  if (known !== undefined) return known;
  const model = compile(scenario, seed, difficulty, lift);
  if (byKey.size >= RECENT_ROUNDS) byKey.delete(byKey.keys().next().value ?? key);
  byKey.set(key, model);
  return model;
}

const listens = (g: CompiledGoal, type: string): boolean => g.chart.events.includes(type);

function hearing(goals: readonly CompiledGoal[], positions: number): DelegationModel['hears'] {
  const draft = Array.from({ length: positions }, (_, at) =>
    goals.filter((g) => listens(g, 'DRAFT') && g.touches.includes(at)),
  );
  return {
    draft,
    seating: goals.filter((g) => listens(g, 'SEATING')),
    tabled: goals.filter((g) => listens(g, 'TABLED')),
  };
}

function hearsOf(cache: Map<string, DelegationModel['hears']>, goals: readonly CompiledGoal[], positions: number) {
  const key = goals.map((g) => g.id).join();
  let hears = cache.get(key);
  if (hears === undefined) {
    hears = hearing(goals, positions);
    cache.set(key, hears);
  }
  return hears;
}

function compile(scenario: Scenario, seed: string, difficulty: Difficulty, lift: boolean): RoundModel {
  const knobs = DIFFICULTY[difficulty];
  const hidden = createStream(seed, 'hidden');
  // Its own stream, one draw per delegation whatever the level, so hidden goals are drawn as before.
  const temper = createStream(seed, 'temper');
  const byId = new Map<DelegationId, DelegationModel>();
  for (const [id, { profile, fixed, pool, hears }] of staticPart(scenario)) {
    const seat = scenario.seats[id];
    const goals = [...fixed];
    let drawn = 0;
    for (const g of pool) {
      // Every pool goal costs one draw, taken or not, so each delegation's draws stay aligned.
      const take = hidden.chance(0.5);
      if (take && drawn < MAX_DRAWN_GOALS) {
        drawn += 1;
        if (g !== undefined) goals.push(g);
      }
    }
    let low = 0;
    let high = 0;
    for (const g of goals) {
      const [a, b] = goalRange(g);
      low += a;
      high += b;
    }
    const base = profile.personality;
    // The draw is taken either way, so the temper stream stays aligned whatever `lift` says.
    const drawnLift = knobs.reservation + knobs.spread * temper.next();
    const liftBy = lift ? drawnLift : 0;
    const personality: Personality = {
      ...base,
      trust: seat?.trust ?? base.trust,
      patience: Math.min(100, (seat?.patience ?? base.patience) * knobs.patience),
      reservation: {
        min: Math.min(1, Math.max(0, base.reservation.min + liftBy)),
        max: Math.min(1, Math.max(0, base.reservation.max + liftBy)),
      },
    };
    byId.set(id, {
      id,
      role: seat?.role ?? profile.role,
      arrival: arrivalFor(seat?.arrival, personality.trust),
      profile,
      goals,
      goal: new Map(goals.map((g) => [g.id, g])),
      range: [low, high],
      personality,
      hears: hearsOf(hears, goals, scenario.agenda.ids.length),
    });
  }
  return {
    scenario,
    seed,
    difficulty,
    knobs,
    limit: scenario.round.hours * 60,
    delegations: scenario.delegations,
    byId,
  };
}
