import type { DelegationProfile, Era, Goal } from './schema';

/** A profile as it stood on one day: every era that began on or before it applied, oldest first. */
export interface ProfileAt {
  /** The profile with the eras folded in (and no eras left in it). */
  readonly profile: DelegationProfile;
  /** False when, on that day, the delegation no longer came (or did not yet come) to the rounds. */
  readonly attends: boolean;
  /** The eras that apply, oldest first, for the Sources panel. */
  readonly eras: readonly Era[];
}

function withGoals(goals: readonly Goal[], era: Era): Goal[] {
  const dropped = new Set(era.drop);
  const added = new Map(era.goals.map((g) => [g.id, g]));
  const kept = goals.filter((g) => !dropped.has(g.id)).map((g) => added.get(g.id) ?? g);
  const known = new Set(kept.map((g) => g.id));
  return [...kept, ...era.goals.filter((g) => !known.has(g.id) && !dropped.has(g.id))];
}

/** A goal the sources first record after `date` is not yet a position (issue 18). */
const heldOn =
  (date: string) =>
  (goal: Goal): boolean =>
    goal.from === undefined || goal.from <= date;

/**
 * Applies the eras in force on `date` (ISO, "2019-08-01") and drops the goals first recorded later. Pure:
 * the library's profile is untouched.
 */
export function profileAt(profile: DelegationProfile, date: string): ProfileAt {
  const eras = profile.eras.filter((e) => e.from <= date);
  let goals: Goal[] = [...profile.goals];
  let hiddenPool: Goal[] = [...profile.hiddenPool];
  let personality = profile.personality;
  let role = profile.role;
  let attends = true;
  for (const era of eras) {
    goals = withGoals(goals, era);
    hiddenPool = hiddenPool.filter((g) => !era.drop.includes(g.id) && !era.goals.some((e) => e.id === g.id));
    personality = { ...personality, ...era.personality };
    role = era.role ?? role;
    attends = era.attends ?? attends;
  }
  const held = heldOn(date);
  return {
    profile: {
      ...profile,
      goals: goals.filter(held),
      hiddenPool: hiddenPool.filter(held),
      personality,
      role,
      eras: [],
    },
    attends,
    eras,
  };
}
