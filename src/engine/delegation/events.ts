import type { Draft } from '../draft';
import type { Arrival, DelegationId, Verdict } from '../vocabulary';

export type Controller = 'ai' | 'human';

/**
 * What a delegation's chart hears: facts, never a computed verdict (DESIGN §3). The round tells each
 * delegation only what concerns it: a draft change only if one of its goals watches that clause,
 * the seating only if one of its goals is about who sits at the table.
 */
export type DelegationEvent =
  /** The talks open: how the round file plans its coming, its trust and patience, who else came. */
  | {
      readonly type: 'ARRIVE';
      readonly forced: Arrival | null;
      readonly trust: number;
      readonly patience: number;
      readonly draft: Draft;
    }
  /** The draft changed at agenda position `at`; this is the draft as it now stands. */
  | { readonly type: 'DRAFT'; readonly at: number; readonly draft: Draft }
  /** Who sits at the table now. */
  | { readonly type: 'SEATING'; readonly seated: readonly DelegationId[] }
  /** Time passed or something happened: its trust in the mediator and its patience now. */
  | { readonly type: 'STANDING'; readonly trust: number; readonly patience: number }
  /** The mediator asks it back; `roll` is the chance drawn for it, in [0, 1). */
  | { readonly type: 'RECALL'; readonly roll: number; readonly trust: number; readonly patience: number }
  /** The text is tabled: what it says, and the delegation's trust, patience and the clock (t in [0, 1]). */
  | {
      readonly type: 'PLENARY';
      readonly draft: Draft;
      readonly trust: number;
      readonly patience: number;
      readonly t: number;
    }
  /** Students holding the seat decide. */
  | { readonly type: 'HUMAN_DECISION'; readonly decision: Verdict | 'walkOut' }
  /** The teacher hands the seat to the AI or to students. */
  | { readonly type: 'HAND'; readonly to: Controller }
  /** Raised by the chart itself when its decision is to leave the room. */
  | { readonly type: 'LEAVE' };
