import { ACHIEVED } from './goals/charts';
import { compileRound, type RoundModel } from './model/round-model';
import { err, ok, type Result } from './result';
import type { Scenario } from './scenario/build';
import { roundFrom, type Round } from './session';
import { parseSnapshot, type RoundSnapshot, type SnapshotError } from './snapshot';

/** The states each goal's chart can be in: what a saved goal record may name. */
function chartStates(model: RoundModel): Map<string, ReadonlySet<string>> {
  const out = new Map<string, ReadonlySet<string>>();
  for (const id of model.delegations)
    for (const g of model.byId.get(id)?.goals ?? []) out.set(`${id}/${g.id}`, new Set(Object.keys(g.chart.states)));
  return out;
}

/** Where a snapshot disagrees with the round its scenario and seed compile to. */
function mismatches(model: RoundModel, snapshot: RoundSnapshot): string[] {
  const { state } = snapshot;
  const problems: string[] = [];
  const states = chartStates(model);
  const expected = new Set(model.delegations);
  for (const id of Object.keys(state.delegations))
    if (!expected.has(id as never)) problems.push(`state.delegations.${id}: not in this round`);
  for (const id of model.delegations) {
    const d = state.delegations[id];
    if (d === undefined) {
      problems.push(`state.delegations.${id}: missing`);
      continue;
    }
    const goals = model.byId.get(id)?.goals ?? [];
    const arrived = d.attendance !== 'arriving';
    for (const g of goals) {
      const record = d.goals[g.id];
      if (record === undefined) {
        if (arrived) problems.push(`state.delegations.${id}.goals.${g.id}: missing`);
        continue;
      }
      const known = states.get(`${id}/${g.id}`);
      if (known !== undefined && !known.has(record.state) && record.state !== ACHIEVED)
        problems.push(`state.delegations.${id}.goals.${g.id}.state: "${record.state}" is not a state of its chart`);
    }
    for (const g of Object.keys(d.goals))
      if (!goals.some((x) => x.id === g)) problems.push(`state.delegations.${id}.goals.${g}: not a goal of ${id} here`);
  }
  if (state.data.draft.length !== model.scenario.agenda.ids.length)
    problems.push(
      `state.data.draft: ${state.data.draft.length} clauses, the agenda has ${model.scenario.agenda.ids.length}`,
    );
  return problems;
}

/**
 * Restores a saved round as it was, without replaying its log (issue 13): the snapshot's state is the
 * round's state. A snapshot of another scenario, of changed content, or that does not fit this round
 * gets a clear error, never a half-restored round.
 */
export function restoreRound(scenario: Scenario, raw: unknown): Result<Round, SnapshotError> {
  const parsed = parseSnapshot(raw);
  if (!parsed.ok) return parsed;
  const snapshot = parsed.value;
  if (snapshot.scenario !== scenario.id)
    return err({ code: 'otherScenario', expected: scenario.id, found: snapshot.scenario });
  if (snapshot.contentHash !== scenario.contentHash)
    return err({ code: 'contentChanged', expected: scenario.contentHash, found: snapshot.contentHash });
  const model = compileRound(scenario, snapshot.seed, snapshot.difficulty);
  const problems = mismatches(model, snapshot);
  if (problems.length > 0) return err({ code: 'notThisRound', problems });
  const options = {
    seed: snapshot.seed,
    difficulty: snapshot.difficulty,
    ...(snapshot.seats === undefined ? {} : { controllers: snapshot.seats }),
  };
  return ok(roundFrom(scenario, options, snapshot.state));
}
