import type { HostRefusal, Opened, RecordRefusal, SavedScreen, SignatureCheck } from '../client';
import type { Lesson } from './lesson';
import type { Play } from './play';
import type { Dialogs, LazyScreens } from './screens';
import type { Shell } from './shell';

export type Opening = SavedScreen | 'briefing' | 'handover';

/** What the navigation's parts share (navigation.ts makes it; campaign-flow.ts uses it). */
export interface Flow {
  readonly shell: Shell;
  readonly screens: LazyScreens;
  readonly dialogs: Dialogs;
  /** Starts a step of the flow and returns its number: an answer that comes after a later click shows nothing. */
  step(): number;
  current(step: number): boolean;
  /** Says on the menu why the host refused (a bad record, an unknown round, a failed worker). */
  fail(refusal: HostRefusal | RecordRefusal): void;
  menu(): void;
  /** Leaves the round being played; `close` also has the host close it. */
  leave(close: boolean): void;
  /** The content note first, if this browser has not read it. */
  afterNote(start: () => void): void;
  /**
   * For a round that takes the autosave's place: asks first over a round in progress and puts it aside
   * (replace-guard.ts), then the content note, then `start`; nothing when the player cancels.
   */
  whenRoom(start: () => void): void;
  begin(opened: Opened, screen: Opening, options?: BeginOptions): Promise<Play | null>;
}

export interface BeginOptions {
  readonly selected?: string | undefined;
  readonly lesson?: Lesson | null;
  readonly campaign?: boolean;
  /** A loaded record's signature by a classroom server (issue 15). */
  readonly provenance?: SignatureCheck | undefined;
}

export function randomSeed(): string {
  const n = new Uint32Array(1);
  crypto.getRandomValues(n);
  return String((n[0] ?? 1) % 1_000_000);
}
