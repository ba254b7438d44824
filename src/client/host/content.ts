import { ACTION_MINUTES } from '../../engine/round/clock';
import { sourcesPanel } from '../../engine/briefing';
import type { Scenario } from '../../engine/scenario/build';
import type { Localized } from '../../engine/scenario/schema';
import { DELEGATIONS, type DelegationId, type RoundId } from '../../engine/vocabulary';
import { GENERAL_SOURCES } from '../../content/sources';
import { roundName } from '../../engine/scenario/names';
import type { Catalogue, ProfileContent, RoundSummary, ScenarioContent, SeatContent } from '../content';

/** Where the host finds rounds: the bundled scenario files in the page's worker, the files on disk in a server. */
export interface HostLibrary {
  /** Every round it has, in order. */
  roundIds(): readonly RoundId[];
  scenarioOf(id: RoundId): Scenario | undefined;
}

/**
 * A scenario's static content as clients may have it: no hidden goal, no temper, no starting trust (those
 * stay on the host; a seat learns a hidden goal only through its view).
 */
export function contentOf(scenario: Scenario): ScenarioContent {
  const profiles: Partial<Record<DelegationId, ProfileContent>> = {};
  const seats: Partial<Record<DelegationId, SeatContent>> = {};
  for (const id of scenario.delegations) {
    const profile = scenario.profiles[id];
    const seat = scenario.seats[id];
    if (profile === undefined || seat === undefined) continue;
    profiles[id] = {
      name: profile.name,
      flag: profile.flag,
      publicGoals: profile.goals.filter((g) => g.public).map((g) => ({ id: g.id, kind: g.kind, text: g.text })),
    };
    seats[id] = { head: seat.head, role: seat.role ?? profile.role, arrival: seat.arrival ?? null };
  }
  const { round } = scenario;
  const scripted = round.events.map((e) => ({ id: e.card.id, text: e.card.text }));
  return {
    id: scenario.id,
    round: {
      number: round.number,
      title: round.title,
      dates: round.dates,
      venue: round.venue,
      context: round.context,
      history:
        round.history === undefined
          ? null
          : {
              document: round.history.document,
              keyPoints: round.history.keyPoints.map((k) => ({ text: k.text })),
              sources: round.history.sources,
            },
    },
    agenda: { ids: scenario.agenda.ids, weights: scenario.agenda.weights, max: scenario.agenda.max },
    initialDraft: scenario.initialDraft,
    clauses: scenario.clauses.map((c) => ({ id: c.id, title: c.title, wordings: c.wordings })),
    delegations: scenario.delegations,
    profiles,
    seats,
    cards: [...scripted, ...scenario.deck.cards.map((c) => ({ id: c.id, text: c.text }))],
    expected: DELEGATIONS.filter((d) => round.delegations[d] !== undefined),
    sources: sourcesPanel(scenario) ?? null,
    generalSources: GENERAL_SOURCES[scenario.id] ?? [],
    actionMinutes: ACTION_MINUTES,
  };
}

export function catalogueOf(library: HostLibrary): Catalogue {
  const rounds: RoundSummary[] = [];
  const names: Partial<Record<DelegationId, Localized>> = {};
  for (const id of library.roundIds()) {
    const scenario = library.scenarioOf(id);
    if (scenario === undefined) continue;
    const { round } = scenario;
    rounds.push({
      id,
      number: round.number,
      name: roundName(round),
      title: round.title,
      dates: round.dates,
      venue: round.venue,
    });
    for (const d of scenario.delegations) names[d] ??= scenario.profiles[d]?.name;
  }
  return { rounds, names };
}
