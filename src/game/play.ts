import { MEDIATOR_ACTION_TYPES, type Action } from '../engine/actions';
import type { Scenario } from '../engine/scenario/build';
import type { ActResult, Round } from '../engine/session';
import type { DelegationId, Difficulty } from '../engine/vocabulary';
import type { Shell } from '../ui/shell';
import { isPaused, type Lesson } from './lesson';
import { writeSave, type SavedScreen, type SaveProblem } from './saves';

export interface Nav {
  table(): void;
  plenary(): void;
  debrief(): void;
  menu(): void;
  /** Back to the campaign screen (a campaign round's debrief). */
  campaign(): void;
  /** The same seed and difficulty, from the briefing. */
  again(seed: string, difficulty: Difficulty): void;
  /** A new round replaying this one's record up to `upTo` actions (the classroom's "what if"). */
  fork(upTo: number): void;
  briefing(): void;
}

/** One round being played: the engine's round, the scenario, and what the screens remember between moves. */
export interface Play {
  readonly shell: Shell;
  readonly scenario: Scenario;
  readonly round: Round;
  readonly nav: Nav;
  /** A round of a campaign: the debrief records it and leads back to the campaign. */
  readonly campaign: boolean;
  selected: DelegationId;
  /** How many log entries the table has already shown. */
  shownLog: number;
  /** Why the last move is not in the browser's storage (full, blocked), or null when it is. */
  unsaved: SaveProblem | null;
  /** The classroom lesson around the round, or null when one player plays alone. */
  readonly lesson: Lesson | null;
}

/** Sends an action to the engine and saves after every accepted one. */
export function act(play: Play, action: Action, screen: SavedScreen): ActResult {
  const result = play.round.act(action);
  if (result.ok) play.unsaved = writeSave(play.round, screen, play.selected, play.lesson);
  return result;
}

/** While the teacher has paused the lesson, neither the mediator nor the students move; the teacher still steers. */
const PAUSED_MOVES: ReadonlySet<Action['type']> = new Set([...MEDIATOR_ACTION_TYPES, 'decide', 'answer', 'say']);

export const blockedByPause = (play: Play, action: Action): boolean =>
  play.lesson !== null && isPaused(play.lesson) && PAUSED_MOVES.has(action.type);
