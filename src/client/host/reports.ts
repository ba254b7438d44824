import { compareWithHistory, playedRound } from '../../engine/compare';
import { BLOCKED_GAIN } from '../../engine/expert';
import { delegationModel } from '../../engine/model/round-model';
import { roleCard } from '../../engine/role-card';
import type { Scenario } from '../../engine/scenario/build';
import type { Localized } from '../../engine/scenario/schema';
import { seatReport } from '../../engine/seat-report';
import type { Round } from '../../engine/session';
import { timelineOf } from '../../engine/timeline';
import { expertFor } from '../../engine/view';
import type { DelegationId, GoalId } from '../../engine/vocabulary';
import { goalsBehind } from '../../engine/why';
import type { DebriefData, ExpertView, RoleCardView, SeatReportView } from '../requests';

/** A goal's words, from the profile the round was compiled from (its hidden pool included). */
function goalText(round: Round, id: DelegationId, goal: GoalId): Localized {
  const profile = delegationModel(round.model, id).profile;
  return (
    (profile.goals.find((g) => g.id === goal) ?? profile.hiddenPool.find((g) => g.id === goal))?.text ?? { en: goal }
  );
}

/** The debrief's charts and the comparison with the real round, worked out on the host from the record. */
export function debriefOf(scenario: Scenario, round: Round): DebriefData {
  const played = playedRound(round);
  return {
    timeline: timelineOf(scenario, round.record()),
    comparison: played === undefined ? null : (compareWithHistory(scenario, played) ?? null),
  };
}

export function expertOf(round: Round): ExpertView {
  const ex = expertFor(round);
  const nash = ex.benchmark.nash?.draft;
  const state = round.state();
  // The goals behind each gain that differs, as far as the mediator knows them: never a secret it has not learned.
  const behind = Object.fromEntries(
    nash === undefined
      ? []
      : ex.shares
          .filter((s) => s.nash !== null && s.nash !== s.player)
          .map((s) => [s.delegation, goalsBehind(round.model, state, s.delegation, 'mediator', nash)]),
  );
  return { messages: ex.messages, chart: ex.chart, shares: ex.shares, blockedGain: BLOCKED_GAIN, behind };
}

/** A seat's confidential card with its goals in words: for the teacher and that seat only. */
export function roleCardOf(round: Round, id: DelegationId): RoleCardView {
  const card = roleCard(round.model, id);
  return { ...card, goals: card.goals.map((g) => ({ ...g, text: goalText(round, id, g.id) })) };
}

/** A seat's report with its goals in words: for the teacher only (every goal of the seat is named in it). */
export function seatReportOf(round: Round, id: DelegationId): SeatReportView {
  const r = seatReport(round, id);
  const worded = <T extends { id: GoalId }>(g: T) => ({ ...g, text: goalText(round, id, g.id) });
  return {
    ...r,
    wanted: r.wanted.map(worded),
    got: r.got.map(worded),
    gaveUp: r.gaveUp.map(worded),
    redLines: r.redLines.map(worded),
  };
}
