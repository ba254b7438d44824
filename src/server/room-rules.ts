import { ServerError } from '@colyseus/core';
import type { RoundView } from '../engine/view';
import type { JoinOptions, RoomSetup, RoomSummary } from '../client/classroom-protocol';
import type { Principal } from '../client/protocol';
import type { RequestName } from '../client/requests';

/**
 * Who may do what in a networked room, beyond what the host already checks (`mayView`, `mayAct`, a seat
 * speaking only for itself, the engine refusing a move out of turn). The room's round is the teacher's
 * set-up: nobody opens another or closes it through a request; only the teacher forks it.
 */
const EVERYONE: ReadonlySet<RequestName> = new Set(['catalogue', 'content', 'act', 'views', 'roleCard']);
const TEACHER: ReadonlySet<RequestName> = new Set([...EVERYONE, 'fork', 'debrief', 'expert', 'seatReports']);
const MEDIATOR: ReadonlySet<RequestName> = new Set([...EVERYONE, 'debrief', 'expert']);

export function mayRequest(principal: Principal, name: RequestName): boolean {
  if (principal === 'teacher') return TEACHER.has(name);
  if (principal === 'mediator') return MEDIATOR.has(name);
  return EVERYONE.has(name);
}

/** The names a teacher typed for a seat ("Ana, Ben and Cy"), compared without case or extra spaces. */
export function assignedNames(text: string | undefined): string[] {
  return (text ?? '')
    .split(/,|;|\band\b|&|\n/i)
    .map((n) => n.trim().replace(/\s+/g, ' '))
    .filter((n) => n !== '');
}

const sameName = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, ' ').localeCompare(b.trim().replace(/\s+/g, ' '), undefined, { sensitivity: 'base' }) === 0;

/** The room as the join screen shows it, from the set-up and who holds each seat now. */
export function summaryOf(code: string, setup: RoomSetup, teacher: RoundView | null): RoomSummary {
  const human = (teacher?.delegations ?? []).filter((d) => d.controller === 'human').map((d) => d.id);
  return {
    code,
    round: setup.round,
    seats: human.map((delegation) => ({ delegation, assigned: assignedNames(setup.names[delegation]) })),
    mediator: { open: setup.studentMediator, name: setup.studentMediator ? setup.mediator : '' },
  };
}

/** Refused joins carry a code and a sentence the join screen shows. */
export const JOIN_REFUSED = 4403;
const refuse = (message: string): never => {
  throw new ServerError(JOIN_REFUSED, message);
};

/**
 * Who a joining device is. The teacher only with the room's token (checked in `onAuth`); a student takes the
 * seat the teacher put their name on, or a seat with no names on it; the mediator's seat only when the
 * teacher gave it to a student.
 */
export function principalFor(
  options: JoinOptions,
  teacherOf: string | null,
  summary: RoomSummary,
): { principal: Principal; name: string } {
  if (options.role === 'teacher') {
    if (teacherOf !== options.code) refuse("This device does not have the teacher's token for this room.");
    return { principal: 'teacher', name: 'teacher' };
  }
  if (options.role === 'projector') return { principal: 'projector', name: 'projector' };
  const name = options.name.trim();
  if (options.seat === 'mediator') {
    if (!summary.mediator.open) refuse('The teacher plays the mediator in this room.');
    return { principal: 'mediator', name };
  }
  const seat = summary.seats.find((s) => s.delegation === options.seat);
  if (seat === undefined) refuse('That delegation is played by the computer in this room.');
  const assigned = seat?.assigned ?? [];
  if (assigned.length > 0 && !assigned.some((n) => sameName(n, name)))
    refuse('That seat is kept for the students the teacher named. Choose your own seat or a free one.');
  return { principal: { delegation: options.seat }, name };
}
