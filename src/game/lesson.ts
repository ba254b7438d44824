import type { DelegationId, RoundRecord } from '../client';

/**
 * A classroom lesson around a round: the students' names and the lesson's own wall clock. The clock is the
 * teacher's, not the round's: the engine never reads the time, so pausing it only blocks moves in the UI.
 */
export interface Lesson {
  readonly names: Partial<Record<DelegationId, string>>;
  readonly mediator: string;
  readonly limitMs: number;
  /** The day it was set up (YYYY-MM-DD, the teacher's calendar). */
  readonly date: string;
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

/** Today in the teacher's own calendar, as a record writes it. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

export function newLesson(names: Lesson['names'], mediator: string, minutes: number, date = today()): Lesson {
  return { names, mediator, limitMs: minutes * 60_000, date, usedMs: 0, since: Date.now() };
}

/**
 * The record as a file of the lesson: with its names, date and length (outside the integrity hash, so the
 * copy "without names", for sharing beyond the class, is the same verified round with the names emptied).
 */
export function recordOfLesson(record: RoundRecord, lesson: Lesson | null, withNames = true): RoundRecord {
  if (lesson === null) return record;
  const { hash, ...rest } = record;
  const minutes = Math.min(240, Math.max(5, Math.round(lesson.limitMs / 60_000)));
  const names = withNames ? lesson.names : {};
  const kept = { names, mediator: withNames ? lesson.mediator : '', date: lesson.date, minutes };
  return hash === undefined ? { ...rest, lesson: kept } : { ...rest, lesson: kept, hash };
}

/** A lesson as a loaded record tells it: paused, its clock at zero, with the names the file kept. */
export function lessonOfRecord(record: RoundRecord, teacher: string): Lesson | null {
  const kept = record.lesson;
  if (kept === undefined) return null;
  return {
    names: kept.names,
    mediator: kept.mediator === '' ? teacher : kept.mediator,
    limitMs: kept.minutes * 60_000,
    date: kept.date,
    usedMs: 0,
    since: null,
  };
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
