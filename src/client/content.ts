import type { ActionType } from '../engine/actions';
import type { SourcesPanel } from '../engine/briefing';
export type { Attendee } from '../engine/scenario/schema';
import type { Arrival, ClauseId, DelegationId, GoalId, GoalKind, Role, RoundId } from '../engine/vocabulary';
import type { Localized } from '../engine/scenario/schema';

/**
 * A round's static content as a screen may read it: names, flags, heads, clause titles and wordings, the
 * public positions, cards, the real round's document and sources. Plain JSON, built on the host from the
 * scenario (host/content.ts) and sent once; it carries no hidden goal, no temper and no starting trust.
 * A hidden goal's text reaches a seat only inside a view (GoalView.text) once that seat may know it.
 */
export interface ScenarioContent {
  readonly id: RoundId;
  readonly round: RoundContent;
  readonly agenda: AgendaContent;
  /** The opening draft, by agenda position. */
  readonly initialDraft: readonly number[];
  readonly clauses: readonly ClauseContent[];
  /** The delegations at this round, in seat order. */
  readonly delegations: readonly DelegationId[];
  readonly profiles: Partial<Record<DelegationId, ProfileContent>>;
  readonly seats: Partial<Record<DelegationId, SeatContent>>;
  /** Every event card of the round: scripted ones and the deck's. */
  readonly cards: readonly { readonly id: string; readonly text: Localized }[];
  /** Every delegation the round file names, present or not (who stayed away). */
  readonly expected: readonly DelegationId[];
  /** The Sources panel of a historical round (issue 6); null when the round has no record of what happened. */
  readonly sources: SourcesPanel | null;
  /** Reports the round was written from, shown when it has no history of its own. */
  readonly generalSources: readonly string[];
  /** Minutes of talks each move takes (the buttons say so). */
  readonly actionMinutes: Readonly<Record<ActionType, number>>;
}

export interface RoundContent {
  readonly number: number;
  readonly title: Localized;
  readonly dates: { readonly start: string; readonly end: string };
  readonly venue: Localized;
  readonly context: Localized;
  readonly history: HistoryContent | null;
}

export interface HistoryContent {
  readonly document: Localized;
  readonly keyPoints: readonly { readonly text: Localized }[];
  readonly sources: readonly string[];
}

export interface AgendaContent {
  readonly ids: readonly ClauseId[];
  readonly weights: readonly number[];
  /** The strongest wording of each clause. */
  readonly max: readonly number[];
}

export interface ClauseContent {
  readonly id: ClauseId;
  readonly title: Localized;
  readonly wordings: readonly { readonly short: Localized; readonly text: Localized }[];
}

export interface FlagContent {
  readonly stripes: 'horizontal' | 'vertical';
  readonly colours: readonly string[];
  readonly emblem?: { readonly shape: string; readonly colour: string } | undefined;
}

export interface PublicGoal {
  readonly id: GoalId;
  readonly kind: GoalKind;
  readonly text: Localized;
}

export interface ProfileContent {
  readonly name: Localized;
  readonly flag: FlagContent;
  /** What everyone hears in the briefing. */
  readonly publicGoals: readonly PublicGoal[];
}

export interface SeatContent {
  readonly head: Localized;
  readonly role: Role;
  readonly arrival: Arrival | null;
}

/** One line of the menu's round picker. */
export interface RoundSummary {
  readonly id: RoundId;
  readonly number: number;
  /** The round's one name: the city as it was called on its first day, and its number ("Nur-Sultan 12"). */
  readonly name: Localized;
  readonly title: Localized;
  readonly dates: { readonly start: string; readonly end: string };
  readonly venue: Localized;
}

export interface Catalogue {
  readonly rounds: readonly RoundSummary[];
  /** Every delegation's name, for screens that speak of delegations across rounds (the campaign). */
  readonly names: Partial<Record<DelegationId, Localized>>;
}
