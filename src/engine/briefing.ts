import type { Scenario } from './scenario/build';
import type { History, Localized } from './scenario/schema';
import { DELEGATIONS, type DelegationId } from './vocabulary';

/** One dated change to a delegation's profile that is in force for a round. */
export interface EraNote {
  readonly delegation: DelegationId;
  readonly from: string;
  readonly note: Localized;
}

/** What the briefing's Sources panel shows for a historical round (issue 6). */
export interface SourcesPanel {
  readonly document: Localized;
  readonly sources: readonly string[];
  readonly confidence: History['confidence'];
  readonly caveats: readonly Localized[];
  /** Why delegations differ from their first profile by this date (or are no longer here). */
  readonly eras: readonly EraNote[];
}

/** Undefined for a round with no record of what really happened. */
export function sourcesPanel(scenario: Scenario): SourcesPanel | undefined {
  const history = scenario.round.history;
  if (history === undefined) return undefined;
  const eras = DELEGATIONS.flatMap((d) =>
    (scenario.eras[d] ?? []).map((e): EraNote => ({ delegation: d, from: e.from, note: e.note })),
  );
  return {
    document: history.document,
    sources: history.sources,
    confidence: history.confidence,
    caveats: history.caveats,
    eras,
  };
}
