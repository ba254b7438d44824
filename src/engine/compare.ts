import type { Draft } from './draft';
import { parseDraft } from './draft';
import { predictedResult, type RealResult } from './fidelity';
import { msg, type Message } from './result';
import { delegationModel } from './model/round-model';
import type { Scenario } from './scenario/build';
import type { Round } from './session';
import { DELEGATIONS, GUARANTORS, type ClauseId, type Decision, type DelegationId, type Role } from './vocabulary';

/**
 * The debrief of a historical round (issue 6): the player's communiqué beside the real one, clause by
 * clause and delegation by delegation, and what each did that the other did not, as messages the UI
 * translates. Pure: the scenario and the outcome in, plain data out.
 */

/** How the player's wording of a clause stands against the real one. */
export const CLAUSE_CHANGES = ['same', 'stronger', 'weaker', 'missing', 'extra'] as const;
export type ClauseChange = (typeof CLAUSE_CHANGES)[number];

export interface ClauseComparison {
  readonly clause: ClauseId;
  /** Strength in the player's text (0: not in it). */
  readonly player: number;
  /** Strength in the real text (0: not in it). */
  readonly real: number;
  readonly change: ClauseChange;
}

/** Whether the player's text won more, or less, from a delegation than the real one did. */
export const SIGNATURE_CHANGES = ['same', 'gained', 'lost', 'other'] as const;
export type SignatureChange = (typeof SIGNATURE_CHANGES)[number];

export interface SignatureComparison {
  readonly delegation: DelegationId;
  readonly player: RealResult;
  readonly real: RealResult;
  readonly change: SignatureChange;
}

export interface Comparison {
  readonly clauses: readonly ClauseComparison[];
  readonly signatures: readonly SignatureComparison[];
  readonly playerAdopted: boolean;
  readonly realAdopted: boolean;
  /** What the player's round did that history did not, one message each. */
  readonly achieved: readonly Message[];
  /** What history did that the player's round did not. */
  readonly missed: readonly Message[];
  /** One or two sentences that sum it up. */
  readonly summary: readonly Message[];
}

/** What the comparison needs of a finished round. */
export interface PlayedRound {
  readonly text: Draft;
  readonly decisions: Readonly<Record<DelegationId, Decision>>;
  /** Each seated delegation's role in the round (observers do not put their names to the text). */
  readonly roles: Partial<Readonly<Record<DelegationId, Role>>>;
}

export function clauseChange(player: number, real: number): ClauseChange {
  if (player === real) return 'same';
  if (real === 0) return 'extra';
  if (player === 0) return 'missing';
  return player > real ? 'stronger' : 'weaker';
}

/** How far a result goes towards the text: signing, then reserving, then refusing, then not being there. */
const RANK: Readonly<Record<RealResult, number>> = {
  signs: 3,
  reserves: 2,
  refuses: 1,
  walkedOut: 0,
  boycott: 0,
  absent: 0,
  observer: -1,
};

export function signatureChange(player: RealResult, real: RealResult): SignatureChange {
  if (player === real) return 'same';
  if (player === 'observer' || real === 'observer') return 'other';
  if (RANK[player] === RANK[real]) return 'other';
  return RANK[player] > RANK[real] ? 'gained' : 'lost';
}

const endorses = (r: RealResult | undefined): boolean => r === 'signs' || r === 'reserves';

/** Undefined when the round has no record of what really happened. */
export function compareWithHistory(scenario: Scenario, played: PlayedRound): Comparison | undefined {
  const history = scenario.round.history;
  if (history === undefined) return undefined;
  const parsed = parseDraft(scenario.agenda, history.text);
  const realText = parsed.ok ? parsed.value : scenario.agenda.ids.map(() => 0);
  const clauses = scenario.agenda.ids.map((clause, at): ClauseComparison => {
    const player = played.text[at] ?? 0;
    const real = realText[at] ?? 0;
    return { clause, player, real, change: clauseChange(player, real) };
  });
  const signatures: SignatureComparison[] = [];
  for (const delegation of DELEGATIONS) {
    const real = history.results[delegation];
    if (real === undefined) continue;
    const player = predictedResult(played.decisions[delegation], played.roles[delegation]);
    signatures.push({ delegation, player, real, change: signatureChange(player, real) });
  }
  const playerAdopted = GUARANTORS.every((g) => endorses(predictedResult(played.decisions[g], played.roles[g])));
  const realAdopted = GUARANTORS.every((g) => endorses(history.results[g]));
  const achieved: Message[] = [];
  const missed: Message[] = [];
  if (playerAdopted && !realAdopted) achieved.push(msg('compare.adopted.playerOnly'));
  if (realAdopted && !playerAdopted) missed.push(msg('compare.adopted.realOnly'));
  for (const c of clauses) {
    const params = { clause: c.clause, strength: c.player, real: c.real };
    if (c.change === 'stronger' || c.change === 'extra') achieved.push(msg(`compare.clause.${c.change}`, params));
    if (c.change === 'weaker' || c.change === 'missing') missed.push(msg(`compare.clause.${c.change}`, params));
  }
  for (const s of signatures) {
    const params = { delegation: s.delegation, result: s.player, realResult: s.real };
    if (s.change === 'gained') achieved.push(msg('compare.signature.gained', params));
    if (s.change === 'lost') missed.push(msg('compare.signature.lost', params));
  }
  return {
    clauses,
    signatures,
    playerAdopted,
    realAdopted,
    achieved,
    missed,
    summary: summaryOf(achieved.length, missed.length),
  };
}

function summaryOf(achieved: number, missed: number): Message[] {
  if (achieved === 0 && missed === 0) return [msg('compare.summary.same')];
  const out: Message[] = [];
  if (achieved > 0) out.push(msg('compare.summary.achieved', { count: achieved }));
  if (missed > 0) out.push(msg('compare.summary.missed', { count: missed }));
  return out;
}

/** A finished round as the comparison needs it; undefined before the outcome. */
export function playedRound(round: Round): PlayedRound | undefined {
  const outcome = round.data().outcome;
  if (outcome === null) return undefined;
  const roles: Partial<Record<DelegationId, Role>> = {};
  for (const d of round.model.delegations) roles[d] = delegationModel(round.model, d).role;
  return { text: outcome.text, decisions: outcome.decisions, roles };
}
