import type { DelegationId } from '../client';

/**
 * A classroom lesson around a round: the students' names and the lesson's own wall clock. The clock is the
 * teacher's, not the round's: the engine never reads the time, so pausing it only blocks moves in the UI.
 */
export interface Lesson {
  readonly names: Partial<Record<DelegationId, string>>;
  readonly mediator: string;
  readonly limitMs: number;
  /** Time used before the clock last started. */
  usedMs: number;
  /** When the clock last started (Date.now), or null while paused. */
  since: number | null;
  /** A networked lesson's clock lives in the room (issue 15): the server counts it, the teacher pauses it there. */
  readonly room?: RoomClock;
}

export interface RoomClock {
  usedMs(): number;
  paused(): boolean;
  setPaused(paused: boolean): void;
}

export const DEFAULT_LESSON_MINUTES = 45;

export function newLesson(names: Lesson['names'], mediator: string, minutes: number): Lesson {
  return { names, mediator, limitMs: minutes * 60_000, usedMs: 0, since: Date.now() };
}

export const isPaused = (lesson: Lesson): boolean => lesson.room?.paused() ?? lesson.since === null;

export function usedMs(lesson: Lesson, now = Date.now()): number {
  if (lesson.room !== undefined) return lesson.room.usedMs();
  return lesson.usedMs + (lesson.since === null ? 0 : now - lesson.since);
}

export function pause(lesson: Lesson, now = Date.now()): void {
  if (lesson.room !== undefined) return lesson.room.setPaused(true);
  if (lesson.since === null) return;
  lesson.usedMs += now - lesson.since;
  lesson.since = null;
}

export function resume(lesson: Lesson, now = Date.now()): void {
  if (lesson.room !== undefined) return lesson.room.setPaused(false);
  if (lesson.since === null) lesson.since = now;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** mm:ss, or h:mm:ss past an hour. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** The seat's names, or '' when none were typed. */
export const namesOf = (lesson: Lesson | null, id: DelegationId): string => lesson?.names[id]?.trim() ?? '';
