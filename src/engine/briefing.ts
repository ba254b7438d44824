import type { Scenario } from './scenario/build';
import type { Attendee, History, KeyPoint, Lapse, Localized } from './scenario/schema';
import { DELEGATIONS, type DelegationId } from './vocabulary';

/** One dated change to a delegation's profile that is in force for a round. */
export interface EraNote {
  readonly delegation: DelegationId;
  readonly from: string;
  readonly note: Localized;
}

/** A delegation that came after the talks opened (issue 18). */
export interface LateArrival {
  readonly delegation: DelegationId;
  readonly at: number;
  readonly text: Localized;
}

/** An instrument agreed in an earlier round that holds in this one, on this round's agenda (issue 18). */
export interface InForceNote {
  readonly clause: string;
  readonly strength: number;
}

/** What the briefing's Sources panel shows for a historical round (issues 6, 18). */
export interface SourcesPanel {
  readonly document: Localized;
  readonly sources: readonly string[];
  readonly confidence: History['confidence'];
  readonly caveats: readonly Localized[];
  /** Why delegations differ from their first profile by this date (or are no longer here). */
  readonly eras: readonly EraNote[];
  /** Who came without a seat at the table: the ICRC, UNHCR, the host. */
  readonly attendees: readonly Attendee[];
  readonly late: readonly LateArrival[];
  /** Agreed earlier and still in force, so a text need not restate it. */
  readonly inForce: readonly InForceNote[];
  /** What no longer held when the round opened. */
  readonly lapses: readonly Lapse[];
  /** On the table but not agreed. */
  readonly notAgreed: readonly KeyPoint[];
  /**
   * Moves of the real mediator that a source records. The rest of the `history` policy's course is the
   * project's reconstruction, and the panel says so.
   */
  readonly recorded: History['recorded'];
}

/** Undefined for a round with no record of what really happened. */
export function sourcesPanel(scenario: Scenario): SourcesPanel | undefined {
  const { round } = scenario;
  const history = round.history;
  if (history === undefined) return undefined;
  const eras = DELEGATIONS.flatMap((d) =>
    (scenario.eras[d] ?? []).map((e): EraNote => ({ delegation: d, from: e.from, note: e.note })),
  );
  const late = DELEGATIONS.flatMap((d): LateArrival[] => {
    const seat = round.delegations[d];
    return seat?.late === undefined ? [] : [{ delegation: d, at: seat.late.at, text: seat.late.text }];
  });
  const inForce = scenario.agenda.ids.flatMap((clause): InForceNote[] => {
    const strength = scenario.inForce[clause] ?? 0;
    return strength > 0 ? [{ clause, strength }] : [];
  });
  return {
    document: history.document,
    sources: history.sources,
    confidence: history.confidence,
    caveats: history.caveats,
    eras,
    attendees: round.attendees,
    late,
    inForce,
    lapses: round.lapses,
    notAgreed: history.notAgreed,
    recorded: history.recorded,
  };
}
