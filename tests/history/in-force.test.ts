import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../src/engine/draft';
import { fidelityOf } from '../../src/engine/fidelity';
import { settle } from '../../src/engine/goals/settle';
import { statusOf, type CompiledGoal } from '../../src/engine/model/goals';
import { compileRound, delegationModel } from '../../src/engine/model/round-model';
import type { Scenario } from '../../src/engine/scenario/build';
import type { DelegationId } from '../../src/engine/vocabulary';
import { scenario } from '../support/library';

/** A goal's status as its chart settles on a text (issue 13's charts decide). */
const goalStatus = (goal: CompiledGoal, draft: readonly number[], seated: () => boolean) =>
  statusOf(settle(goal, draft, seated).state);

/** A goal's status under the round's real text, seated as the round file seats them. */
function statusUnderRealText(s: Scenario, delegation: DelegationId, goal: string) {
  const model = delegationModel(compileRound(s, 'in-force', 'normal'), delegation);
  const compiled = model.goal.get(goal);
  if (compiled === undefined) throw new Error(`${delegation} has no goal ${goal} in ${s.id}`);
  const text = parseDraft(s.agenda, s.round.history?.text ?? '');
  if (!text.ok) throw new Error('the real text does not parse');
  return goalStatus(compiled, text.value, () => true);
}

describe('agreements carry (issue 18)', () => {
  it('puts each instrument an earlier real text set up in force, until a round says it lapsed', () => {
    expect(scenario('astana-01').inForce).toEqual({});
    // The trilateral mechanism of Astana 1 and the joint-group provision of Astana 2.
    expect(scenario('astana-03').inForce).toEqual({ monitoring: 2 });
    // The memorandum of Astana 4; Astana 5 agreed nothing new on the areas.
    expect(scenario('astana-05').inForce).toEqual({ monitoring: 2, zones: 2 });
    expect(scenario('astana-09').inForce).toMatchObject({ 'detainee-group': 2, zones: 3 });
    // The congress met in January 2018; three of the four areas were gone by July 2018.
    expect(scenario('astana-09').inForce.congress).toBeUndefined();
    expect(scenario('astana-10').inForce.zones).toBeUndefined();
    expect(scenario('astana-22').inForce).toMatchObject({ committee: 2, normalisation: 2, monitoring: 2 });
    // A declaration is restated by each text and never carries.
    expect(scenario('astana-22').inForce.sovereignty).toBeUndefined();
  });

  it("round 5's statement need not restate the monitoring mechanism agreed before it", () => {
    const real = scenario('astana-05');
    // The record: Astana 1 set up the trilateral mechanism, Astana 2 approved the joint group's provision;
    // Astana 3 produced no text. Astana 5's statement does not mention monitoring.
    expect(real.agenda.ids).toContain('monitoring');
    expect(real.round.history?.text).not.toMatch(/monitoring/);
    expect(statusUnderRealText(real, 'iran', 'guarantor')).toBe('met');
    expect(statusUnderRealText(real, 'russia', 'exit')).toBe('met');
    // Without what earlier rounds agreed, Iran would count the mechanism as missing.
    const forgetful: Scenario = { ...real, inForce: {} };
    expect(statusUnderRealText(forgetful, 'iran', 'guarantor')).toBe('unmet');
    expect(statusUnderRealText(forgetful, 'russia', 'exit')).toBe('unmet');
    // And the replay of history has every guarantor sign it.
    const cells = fidelityOf(real).cells.filter((c) => ['russia', 'turkey', 'iran'].includes(c.delegation));
    expect(cells.map((c) => c.predicted)).toEqual(['signs', 'signs', 'signs']);
  });

  it('lets a veto read the text only: an instrument in force never crosses a red line by itself', () => {
    const real = scenario('astana-05');
    const monitors: Scenario = { ...real, inForce: { monitoring: 3 } };
    // Damascus vetoes foreign monitors (monitoring:3): in force, but not in the text, it is no violation.
    expect(statusUnderRealText(monitors, 'government', 'no-foreign-monitors')).toBe('met');
  });
});
