import type { FlagShape } from './flag-shapes';

/** What the table scene draws: plain, translated data made from the engine's view. Scenes import no engine code. */
export type MoodKey = 'cooperative' | 'wary' | 'obstructive';

export interface SeatSnapshot {
  readonly id: string;
  readonly name: string;
  readonly head: string;
  readonly flag: readonly FlagShape[];
  readonly mood: MoodKey;
  readonly moodWord: string;
  readonly present: boolean;
  /** "walked out", "stayed away": written on the empty chair. */
  readonly absentWord: string;
  /** The plenary's answer, once given. */
  readonly decision: string | null;
}

export interface TableEvent {
  readonly seat: string | null;
  readonly text: string;
  readonly tone: 'good' | 'bad' | 'neutral';
}

export interface TableSnapshot {
  readonly stateId: number;
  readonly clock: string;
  readonly left: string;
  readonly hostLabel: string;
  readonly hostShort: string;
  readonly hostFlag: readonly FlagShape[];
  readonly draftTitle: string;
  readonly draft: readonly { readonly title: string; readonly wording: string }[];
  readonly draftEmpty: string;
  /** "4 clauses": the draft's summary where there is no room for its lines. */
  readonly draftCount: string;
  readonly seats: readonly SeatSnapshot[];
  /** What happened since the previous snapshot, in order. */
  readonly events: readonly TableEvent[];
  readonly reduceMotion: boolean;
}

/** Okabe–Ito colours, safe for the common colour-vision differences; moods also carry an icon and a word. */
export const PALETTE = {
  cooperative: 0x009e73,
  wary: 0xe69f00,
  obstructive: 0xd55e00,
  ink: 0x1b1f24,
  paper: 0xfbf7ee,
  wood: 0x7a4e2d,
  woodEdge: 0x4e311c,
  floor: 0x24303d,
  chair: 0x56606b,
  person: 0xcfd6de,
  blue: 0x0072b2,
  sky: 0x56b4e9,
} as const;
