import type { DelegationId } from '../vocabulary';
import type { Guide, GuideSeat, SeatGuide } from './guide';

/**
 * What the printed guide needs of a guide besides its data, with no schema: the page builds guides
 * (src/engine/guide-html.ts) in its own chunk, and the schemas (zod) stay with the host that reads the files.
 */

/** The points a rubric row describes; the teacher may give the odd points in between. */
export const RUBRIC_LEVELS = ['0', '2', '4'] as const;

/** The seats of a guide in print order: the mediator first, then the delegations as the game lists them. */
export function guideSeats(guide: Guide, order: readonly DelegationId[]): GuideSeat[] {
  return ['mediator', ...order.filter((d) => guide.seats[d] !== undefined)];
}

export function seatOf(guide: Guide, seat: GuideSeat): SeatGuide | undefined {
  return seat === 'mediator' ? guide.mediator : guide.seats[seat];
}
