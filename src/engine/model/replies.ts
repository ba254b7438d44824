import { clamp } from '../detmath';
import { withStrength, type Draft } from '../draft';
import type { Stream } from '../rng';
import type { DelegationId, Reply, Verdict } from '../vocabulary';
import { blockedOn, worthOn } from './acceptance';
import type { DifficultyKnobs } from './difficulty';
import type { DelegationModel } from './round-model';

/** Within this share of its utility range, a wording is as good as the best one to a delegation. */
export const ACCEPT_TOLERANCE = 0.05;

export interface Answer {
  readonly reply: Reply;
  readonly suggested: number | null;
}

/** What the delegation really thinks of clause `at` at `strength`, all else in the draft unchanged. */
export function truthfulAnswer(
  dm: DelegationModel,
  draft: Draft,
  at: number,
  strength: number,
  max: number,
  seated: (d: DelegationId) => boolean,
): Answer {
  let best = -1;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let s = 0; s <= max; s += 1) {
    const candidate = withStrength(draft, at, s);
    if (blockedOn(dm, candidate, seated) && s !== strength) continue;
    const value = worthOn(dm, candidate, seated);
    if (value > bestValue) {
      bestValue = value;
      best = s;
    }
  }
  const proposed = withStrength(draft, at, strength);
  if (blockedOn(dm, proposed, seated))
    return { reply: 'reject', suggested: best >= 0 && best !== strength ? best : null };
  const tolerance = ACCEPT_TOLERANCE * (dm.range[1] - dm.range[0]);
  if (worthOn(dm, proposed, seated) >= bestValue - tolerance) return { reply: 'accept', suggested: null };
  return { reply: 'amend', suggested: best };
}

/** The chance that a delegation tells the mediator what it really thinks. */
export const truthfulness = (trust: number, knobs: DifficultyKnobs): number =>
  clamp(0.4 + (0.6 * trust) / 100 + knobs.truthfulness, 0.05, 1);

/** At low trust a delegation may bluff: it answers one notch harder than it means. */
export function spokenAnswer(truth: Answer, strength: number, max: number, honest: boolean): Answer {
  if (honest || truth.reply === 'reject') return truth;
  if (truth.reply === 'amend') return { reply: 'reject', suggested: truth.suggested };
  const other = strength < max ? strength + 1 : strength - 1;
  return { reply: 'amend', suggested: other };
}

const HARDER: Readonly<Record<Verdict, Verdict>> = { signs: 'reserves', reserves: 'refuses', refuses: 'refuses' };

export function spokenStance(truth: Verdict, honest: boolean): Verdict {
  return honest ? truth : HARDER[truth];
}

export const honestNow = (stream: Stream, trust: number, knobs: DifficultyKnobs): boolean =>
  stream.chance(truthfulness(trust, knobs));
