import { detLn } from './detmath';
import type { Draft } from './draft';
import { clamp } from './detmath';
import {
  ACCEPTABLE_WORTH,
  blockedOn,
  normalize,
  patienceTerm,
  reservationAt,
  trustTerm,
  worthOn,
} from './model/acceptance';
import { delegationModel, type DelegationModel, type RoundModel } from './model/round-model';
import { trustAt } from './model/trust';
import { seatedIn } from './round/context';
import { limitOf } from './round/refusal';
import type { RoundData } from './round/state';
import type { Discrete } from './round/state';
import { isGuarantor, type DelegationId } from './vocabulary';

/**
 * The expert's benchmark for the debrief (issue 5). With every hidden number in view — goals,
 * reservation levels, trust and patience at the hour the text was tabled — it enumerates every draft
 * of the agenda and keeps the feasible ones (all three guarantors would sign, with or without
 * reservations), their Pareto frontier and the Nash-bargaining draft. A player's final text is then
 * placed against them. This peeks by design: it is the answer key, shown after the round.
 */

/** How things stood for one delegation at the hour of the plenary. */
export interface Standing {
  readonly trust: number;
  readonly patience: number;
}

export interface Conditions {
  /** Share of the clock used when the text was tabled. */
  readonly t: number;
  readonly seated: readonly DelegationId[];
  readonly standing: Readonly<Partial<Record<DelegationId, Standing>>>;
}

/**
 * A draft and each seated delegation's gain from it: for a delegation that would endorse it, its score
 * over its reservation level, capped at ±1 (±100 points; at 0 or above it signs, below it signs with
 * reservations); for one that would refuse it, BLOCKED_GAIN.
 */
export interface Placed {
  readonly draft: Draft;
  /** In the order of `Benchmark.delegations`. A draft a delegation would refuse counts as BLOCKED_GAIN. */
  readonly gains: readonly number[];
}

export interface Benchmark {
  readonly delegations: readonly DelegationId[];
  /** How many drafts the agenda allows, and how many of them all three guarantors would sign. */
  readonly drafts: number;
  readonly feasible: number;
  readonly frontier: readonly Placed[];
  /** Null when no draft would win all three guarantors. */
  readonly nash: Placed | null;
}

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

/** A refusal (a red line crossed, or a text its goals lose on): below any gain of a delegation that endorses. */
export const BLOCKED_GAIN = -2;
/** The most and least gain shown for a delegation that endorses: the debrief's ±100 points. */
export const GAIN_CAP = 1;
const EPSILON = 1e-3;

/** The conditions of a finished (or current) round: trust and patience now, the clock now. */
export function conditionsOf(model: RoundModel, data: RoundData, discrete: Discrete): Conditions {
  const seated = seatedIn(discrete);
  const standing: Partial<Record<DelegationId, Standing>> = {};
  for (const id of model.delegations) {
    const d = data.dyn[id];
    if (d !== undefined) standing[id] = { trust: trustAt(d.trust, data.minute), patience: d.patience };
  }
  return { t: data.minute / limitOf(model, data), seated: model.delegations.filter(seated), standing };
}

interface Judge {
  readonly dm: DelegationModel;
  readonly offset: number;
  readonly guarantor: boolean;
}

function judges(model: RoundModel, c: Conditions): Judge[] {
  return c.seated.map((id) => {
    const dm = delegationModel(model, id);
    const s = c.standing[id] ?? { trust: dm.personality.trust, patience: dm.personality.patience };
    return {
      dm,
      guarantor: isGuarantor(id),
      offset: trustTerm(s.trust) + patienceTerm(s.patience) - reservationAt(dm.personality, c.t),
    };
  });
}

const inConditions = (c: Conditions) => {
  const set = new Set(c.seated);
  return (d: DelegationId): boolean => set.has(d);
};

function gainOf(j: Judge, draft: Draft, seated: (d: DelegationId) => boolean): number {
  if (blockedOn(j.dm, draft, seated)) return BLOCKED_GAIN;
  const worth = worthOn(j.dm, draft, seated);
  if (worth < ACCEPTABLE_WORTH) return BLOCKED_GAIN;
  return clamp(normalize(j.dm, worth) + j.offset, -GAIN_CAP, GAIN_CAP);
}

/** Each seated delegation's gain from a draft, in `conditions.seated` order. */
export function gainsOf(model: RoundModel, c: Conditions, draft: Draft): number[] {
  const seated = inConditions(c);
  return judges(model, c).map((j) => gainOf(j, draft, seated));
}

/** How many of the delegations would sign (with or without reservations). */
export const signers = (gains: readonly number[]): number => gains.filter((g) => g > BLOCKED_GAIN).length;

/**
 * The log of the Nash product over the delegations that would sign, each gain counted from the lowest
 * level at which it still signs. Bargaining is among those a text can win: a delegation left out adds
 * nothing, so the Nash draft first wins as many signatures as any feasible draft can.
 */
export function nashValue(gains: readonly number[]): number {
  let v = 0;
  for (const g of gains) if (g > BLOCKED_GAIN) v += detLn(EPSILON + g + GAIN_CAP);
  return v;
}

/** True when a has more signers, or as many and a larger product, or both equal and a larger sum. */
export function betterBargain(a: readonly number[], b: readonly number[]): boolean {
  const [na, nb] = [signers(a), signers(b)];
  if (na !== nb) return na > nb;
  const [va, vb] = [nashValue(a), nashValue(b)];
  return va !== vb ? va > vb : sum(a) > sum(b);
}

const dominates = (a: readonly number[], b: readonly number[]): boolean => {
  let better = false;
  for (let i = 0; i < a.length; i += 1) {
    if ((a[i] ?? 0) < (b[i] ?? 0)) return false;
    if ((a[i] ?? 0) > (b[i] ?? 0)) better = true;
  }
  return better;
};

/** Every draft of the agenda, each strength from 0 to its clause's strongest wording. */
export function* allDrafts(max: readonly number[]): Generator<Draft> {
  const draft = max.map(() => 0);
  for (;;) {
    yield draft.slice();
    let i = 0;
    while (i < draft.length && draft[i] === max[i]) {
      draft[i] = 0;
      i += 1;
    }
    if (i === draft.length) return;
    draft[i] = (draft[i] ?? 0) + 1;
  }
}

export function benchmark(model: RoundModel, c: Conditions): Benchmark {
  const seated = inConditions(c);
  const js = judges(model, c);
  const guarantorsSeated =
    model.delegations.filter(isGuarantor).every(seated) && js.filter((j) => j.guarantor).length === 3;
  let drafts = 0;
  const feasible: Placed[] = [];
  for (const draft of allDrafts(model.scenario.agenda.max)) {
    drafts += 1;
    if (!guarantorsSeated) continue;
    const gains: number[] = [];
    let signs = true;
    for (const j of js) {
      const g = gainOf(j, draft, seated);
      if (j.guarantor && g <= BLOCKED_GAIN) {
        signs = false;
        break;
      }
      gains.push(g);
    }
    if (signs) feasible.push({ draft, gains });
  }
  // Skyline: in order of falling sum, a draft can only be dominated by one already kept.
  const bySum = feasible.map((p) => ({ p, s: sum(p.gains) })).toSorted((a, b) => b.s - a.s);
  const frontier: Placed[] = [];
  for (const { p } of bySum) if (!frontier.some((f) => dominates(f.gains, p.gains))) frontier.push(p);
  // Most signers, then the highest product, then the highest sum: each step is monotone in every
  // gain, so a draft that dominated the Nash draft would beat it, and the Nash draft is on the frontier.
  let nash: Placed | null = null;
  for (const p of frontier) if (nash === null || betterBargain(p.gains, nash.gains)) nash = p;
  return { delegations: c.seated, drafts, feasible: feasible.length, frontier, nash };
}
