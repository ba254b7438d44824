import type {
  CampaignSave,
  Catalogue,
  Controller,
  DelegationId,
  Difficulty,
  JoinOptions,
  RoomSummary,
  RoundId,
  ScenarioContent,
  SomeDelegations,
  TrajectoryPoint,
} from '../client';
import type { Play } from './play';
import type { Shell } from './shell';

/** What the teacher chose on the classroom's set-up form. */
export interface LessonChoice {
  readonly seed: string;
  readonly difficulty: Difficulty;
  readonly controllers: SomeDelegations<Controller>;
  readonly names: SomeDelegations<string>;
  readonly mediator: string;
  readonly minutes: number;
}

/** What the menu can ask for and start; the navigation answers (the menu never imports it). */
export interface MenuActions {
  hasSave(): boolean;
  /** The rounds for the picker, once the host has loaded; null if it cannot say. */
  catalogue(): Promise<Catalogue | null>;
  checkSave(): Promise<{ ok: true; summary: string } | { ok: false; message: string | null }>;
  newRound(id: RoundId): void;
  campaign(): void;
  continueRound(): void;
  classroom(id: RoundId): void;
  loadRecord(text: string): void;
  settings(): void;
  sources(id: RoundId): void;
  contentNote(): void;
  /** The join screen of a networked classroom (the menu shows it when the page came from the classroom server). */
  joinClassroom(): void;
  /** Whether the page came from the classroom server. */
  networked(): Promise<boolean>;
}

/** What the join screen can ask: a room's seats by code, a seat in it, or the teacher's own rooms again. */
export interface JoinScreen {
  lookUp(code: string): Promise<RoomSummary | null | 'unreachable'>;
  join(options: JoinOptions, round: RoundId): Promise<{ readonly error: string } | null>;
  rooms(): readonly { readonly code: string; readonly round: RoundId; readonly created: string }[];
  rejoin(code: string): Promise<{ readonly error: string } | null>;
  back(): void;
}

/** The set-up form's "Run on this network": the room is made, or the reason it was not. */
export type RunOnNetwork = (
  choice: LessonChoice,
  studentMediator: boolean,
) => Promise<{ readonly error: string } | null>;

export interface CampaignScreen {
  readonly save: CampaignSave | null;
  readonly points: readonly TrajectoryPoint[];
  readonly catalogue: Catalogue;
  start(): void;
  next(): void;
  menu(): void;
}

/**
 * The screens, as the navigation calls them. The DOM implements them (src/ui, wired in ui/boot.ts), most
 * in a chunk of their own fetched on first use; the navigation owns their order and imports none of them.
 */
export interface Screens {
  menu(shell: Shell, menu: MenuActions): void;
  settings(shell: Shell, done: () => void): void;
  contentNote(shell: Shell, back: () => void, then?: () => void): void;
  sources(shell: Shell, content: ScenarioContent, back: () => void): void;
  classroomSetup(
    shell: Shell,
    content: ScenarioContent,
    seed: string,
    start: (choice: LessonChoice) => void,
    cancel: () => void,
    network: RunOnNetwork | null,
  ): void;
  campaign(shell: Shell, screen: CampaignScreen): void;
  briefing(play: Play): void;
  table(play: Play): void;
  plenary(play: Play): void;
  debrief(play: Play): void;
  handover(play: Play, at: number): void;
  printCards(play: Play, back: number): void;
  reports(play: Play): void;
  /** The teacher's room: join code, QR, devices, and the way to the table. */
  classroomRoom(play: Play): void;
  join(shell: Shell, screen: JoinScreen, code: string): void;
  /** A student's own device for a delegation's seat. */
  seatDevice(play: Play, id: DelegationId): void;
  /** The class's screen: the table, the public log, the clocks and the join code. */
  projector(play: Play): void;
}

/** A question before something that cannot be undone, in the player's words. */
export interface ConfirmText {
  readonly title: string;
  readonly body: string;
  /** The button that goes ahead: it says what it does ("Put it aside and start"), never just "OK". */
  readonly confirm: string;
  readonly cancel: string;
}

/**
 * What the navigation asks the player and hands them, drawn by the page (ui/confirm.ts, ui/download.ts;
 * wired in ui/boot.ts), so that the questions before a round is replaced stay with the navigation.
 */
export interface Dialogs {
  /** Resolves true only when the player chose `confirm`; Cancel is the default. */
  confirm(text: ConfirmText): Promise<boolean>;
  /** Offers text as a file to save, from memory. */
  download(name: string, type: string, text: string): void;
}

/** A screen implementation may load itself first. */
export type LazyScreens = { readonly [K in keyof Screens]: (...args: Parameters<Screens[K]>) => void | Promise<void> };
