import { z } from './zod';
import { makeDraft, parseDraft } from './draft';
import { predictedResult } from './fidelity';
import { delegationModel } from './model/round-model';
import { MAX_SEED } from './record';
import { err, ok, type Result } from './result';
import type { Scenario } from './scenario/build';
import { canonicalJson, englishOnly, sha256Hex } from './scenario/canonical';
import { withAgreed, withLapses, type InForce } from './scenario/in-force';
import { REAL_RESULTS, type SeatPlan } from './scenario/schema';
import type { Round } from './session';
import { DELEGATIONS, GUARANTORS, type DelegationId, type RoundId, type SomeDelegations } from './vocabulary';

/**
 * A campaign (issues 6, 18): the historical rounds in sequence, where what the player achieved carries into
 * the next round. Trust with each delegation carries over (half-way back towards its profile), a
 * delegation that walked out comes back wary, the instruments the player's adopted texts set up stay in
 * force (a requirement they meet need not be restated) until a round's lapses end them, and a clause opens
 * at the wording the player last got agreed. Pure: a save in, a save out; no clock and no chance of its own.
 */

export const CAMPAIGN_FORMAT = 1;
/** Share of the distance from the profile's trust to the carried trust that the next round keeps. */
export const TRUST_CARRY = 0.5;
/** What a delegation that walked out brings to the next round: less trust, shorter patience. */
export const WARY_TRUST = 10;
export const WARY_PATIENCE = 15;

/** Names for the instruments in force, for the campaign screen. */
export const FLAG_RULES = [
  { flag: 'joint-group', clause: 'monitoring', min: 2 },
  { flag: 'zones', clause: 'zones', min: 2 },
  { flag: 'zone-forces', clause: 'zones', min: 3 },
  { flag: 'detainee-group', clause: 'detainee-group', min: 2 },
  { flag: 'congress', clause: 'congress', min: 2 },
  { flag: 'committee', clause: 'committee', min: 2 },
  { flag: 'normalisation', clause: 'normalisation', min: 2 },
] as const;
export const FLAGS = FLAG_RULES.map((r) => r.flag);
export type Flag = (typeof FLAG_RULES)[number]['flag'];

const delegationId = z.enum(DELEGATIONS);
const roundId = z.string().regex(/^astana-\d{2}$/);

export const playedEntry = z.strictObject({
  round: roundId,
  adopted: z.boolean(),
  /** The tabled text in draft notation over that round's agenda (a dozen clauses: far under 1,000 characters). */
  text: z.string().max(1000),
  results: z.partialRecord(delegationId, z.enum(REAL_RESULTS)),
  score: z.number(),
});

export const campaignSave = z.strictObject({
  format: z.literal(CAMPAIGN_FORMAT),
  seed: z.string().min(1).max(MAX_SEED),
  /** The rounds in the order they are played. */
  rounds: z.array(roundId).min(1).max(100),
  /** Trust carried from the last round each delegation sat in. */
  trust: z.partialRecord(delegationId, z.number().min(0).max(100)),
  /** Delegations that walked out of the last round they sat in. */
  wary: z.array(delegationId),
  /** The instruments in force, named (derived from `inForce`). */
  flags: z.array(z.enum(FLAGS as [Flag, ...Flag[]])),
  played: z.array(playedEntry).max(100),
  /** Clause id → the strongest wording of an instrument the player's adopted texts set up, still in force. */
  inForce: z.record(z.string(), z.number().int().min(1).max(9)).default({}),
  /** Clause id → the wording the player's last adopted text that held the clause gave it. */
  agreed: z.record(z.string(), z.number().int().min(1).max(9)).default({}),
});
export type CampaignSave = z.infer<typeof campaignSave>;
export type PlayedEntry = z.infer<typeof playedEntry>;

export function newCampaign(seed: string, rounds: readonly RoundId[]): CampaignSave {
  return {
    format: CAMPAIGN_FORMAT,
    seed,
    rounds: [...rounds],
    trust: {},
    wary: [],
    flags: [],
    played: [],
    inForce: {},
    agreed: {},
  };
}

/** A save read from storage: every problem with its path, never an exception. */
export function parseCampaign(raw: unknown): Result<CampaignSave, string[]> {
  const parsed = campaignSave.safeParse(raw);
  if (!parsed.success) return err(parsed.error.issues.map((i) => `${i.path.join('.') || '$'}: ${i.message}`));
  const save = parsed.data;
  if (save.played.length > save.rounds.length || save.played.some((p, i) => p.round !== save.rounds[i]))
    return err(["played: rounds out of the campaign's order"]);
  return ok(save);
}

/** The round to play next, or undefined when the campaign is over. */
export const nextRound = (save: CampaignSave): RoundId | undefined => save.rounds[save.played.length];

/** Each round's seed: the campaign's seed and the round, so one save replays the same way. */
export const roundSeed = (save: CampaignSave, round: RoundId): string => `${save.seed}/${round}`;

const clamp = (x: number): number => Math.min(100, Math.max(0, Math.round(x)));

/**
 * The round's scenario with the campaign carried into it: starting trust and patience in its seats, what
 * the player's texts put in force (less this round's lapses), and the opening draft. A clause opens at the
 * wording the player last got agreed, unless an instrument in force already holds it.
 */
export function campaignScenario(save: CampaignSave, scenario: Scenario): Scenario {
  const seats: SomeDelegations<SeatPlan> = {};
  for (const d of scenario.delegations) {
    const seat = scenario.seats[d];
    const profile = scenario.profiles[d];
    if (seat === undefined || profile === undefined) continue;
    const base = seat.trust ?? profile.personality.trust;
    const carried = save.trust[d];
    let trust = carried === undefined ? base : base + (carried - base) * TRUST_CARRY;
    let patience = seat.patience ?? profile.personality.patience;
    if (save.wary.includes(d)) {
      trust -= WARY_TRUST;
      patience -= WARY_PATIENCE;
    }
    seats[d] = { ...seat, trust: clamp(trust), patience: clamp(patience) };
  }
  const inForce = withLapses(save.inForce, scenario.round.lapses);
  const initialDraft = scenario.agenda.ids.map((clause, at) => {
    if ((inForce[clause] ?? 0) > 0) return 0;
    return save.agreed[clause] ?? scenario.initialDraft[at] ?? 0;
  });
  const carried = { scenario: scenario.contentHash, seats, inForce, initialDraft };
  const contentHash = sha256Hex(canonicalJson(englishOnly(carried)));
  return { ...scenario, seats, inForce, initialDraft, contentHash };
}

/** The save after a finished round; the save unchanged if the round is not the next one or not over. */
export function recordRound(save: CampaignSave, round: Round): CampaignSave {
  const scenario = round.model.scenario;
  const outcome = round.data().outcome;
  if (outcome === null || scenario.id !== nextRound(save)) return save;
  const results: SomeDelegations<(typeof REAL_RESULTS)[number]> = {};
  for (const d of DELEGATIONS) {
    if (!scenario.delegations.includes(d) && scenario.round.delegations[d] === undefined) continue;
    const role = scenario.delegations.includes(d) ? delegationModel(round.model, d).role : undefined;
    results[d] = predictedResult(outcome.decisions[d], role);
  }
  const trust = { ...save.trust };
  for (const [d, t] of Object.entries(outcome.finalTrust)) trust[d as DelegationId] = clamp(t);
  const present = new Set(scenario.delegations);
  const wary = [
    ...save.wary.filter((d) => !present.has(d)),
    ...scenario.delegations.filter((d) => outcome.decisions[d] === 'walkedOut'),
  ];
  // What was in force as the round opened: the save's, less the round's lapses (never history's own).
  let inForce: InForce = withLapses(save.inForce, scenario.round.lapses);
  const agreed = { ...save.agreed };
  if (outcome.adopted) {
    inForce = withAgreed(inForce, scenario.agenda, outcome.text, (id) => scenario.clauses.find((c) => c.id === id));
    scenario.agenda.ids.forEach((clause, at) => {
      const strength = outcome.text[at] ?? 0;
      if (strength > 0) agreed[clause] = strength;
    });
  }
  const flags = FLAG_RULES.filter((rule) => (inForce[rule.clause] ?? 0) >= rule.min).map((rule) => rule.flag);
  const entry: PlayedEntry = {
    round: scenario.id,
    adopted: outcome.adopted,
    text: makeDraft(scenario.agenda, outcome.text),
    results,
    score: outcome.score.total,
  };
  return {
    ...save,
    trust,
    wary,
    flags: FLAGS.filter((f) => flags.includes(f)),
    played: [...save.played, entry],
    inForce: { ...inForce },
    agreed,
  };
}

/** One point of the campaign's trajectory against the real one, for the chart. */
export interface TrajectoryPoint {
  readonly round: RoundId;
  readonly player: { readonly adopted: boolean; readonly endorsements: number; readonly clauses: number };
  readonly real: { readonly adopted: boolean; readonly endorsements: number; readonly clauses: number };
}

const endorsements = (results: Partial<Record<string, string>>): number =>
  Object.values(results).filter((r) => r === 'signs' || r === 'reserves').length;

/** The played rounds beside what really happened in them: adoption, endorsements, clauses in the text. */
export function trajectory(save: CampaignSave, scenarioOf: (id: RoundId) => Scenario | undefined): TrajectoryPoint[] {
  return save.played.flatMap((p): TrajectoryPoint[] => {
    const scenario = scenarioOf(p.round);
    const history = scenario?.round.history;
    if (scenario === undefined || history === undefined) return [];
    const text = parseDraft(scenario.agenda, p.text);
    const real = parseDraft(scenario.agenda, history.text);
    const count = (r: typeof text): number => (r.ok ? r.value.filter((s) => s > 0).length : 0);
    return [
      {
        round: p.round,
        player: { adopted: p.adopted, endorsements: endorsements(p.results), clauses: count(text) },
        real: {
          adopted: GUARANTORS.every((g) => history.results[g] === 'signs' || history.results[g] === 'reserves'),
          endorsements: endorsements(history.results),
          clauses: count(real),
        },
      },
    ];
  });
}
