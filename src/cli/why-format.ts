import type { Because } from '../engine/goals/charts';
import type { Scenario } from '../engine/scenario/build';

/** What `npm run -s why -- --json` prints (an interface: other tools may read it). */
export interface WhyReport {
  readonly scenario: string;
  readonly seed: string | number;
  readonly text: string;
  readonly delegations: Readonly<
    Record<
      string,
      {
        readonly decision: string;
        readonly goals: readonly {
          readonly id: string | null;
          readonly kind: string | null;
          readonly state: string | null;
          readonly because: string;
        }[];
      }
    >
  >;
}

/** A wording as the clause library names it: `us-role:1 "US welcomed"`, or `us-role left out`. */
function wording(scenario: Scenario, clause: string, strength: number): string {
  if (strength === 0) return `${clause} left out`;
  const def = scenario.clauses.find((c) => c.id === clause);
  const short = def?.wordings[strength - 1]?.short.en;
  return short === undefined ? `${clause}:${strength}` : `${clause}:${strength} "${short}"`;
}

/** The guard and the clause it read, in English: `clauseAtLeast(us-role ≥ 1): text has us-role:1 "US welcomed"`. */
export function becauseText(scenario: Scenario, b: Because): string {
  if (b.guard === 'notHeard') return 'notHeard: the goal has not heard the text';
  if (b.delegation !== undefined) return `${b.guard}(${b.delegation})`;
  if (b.clause === undefined) return b.guard;
  const bound = boundOf(b);
  const found =
    b.inForce !== undefined && b.guard !== 'clauseBelow'
      ? `in force from earlier rounds: ${wording(scenario, b.clause, b.inForce)}`
      : `text has ${wording(scenario, b.clause, b.found ?? 0)}`;
  return `${b.guard}(${b.clause}${bound}): ${found}`;
}

/** What the guard compared the clause with, in the guard's own sense. */
function boundOf(b: Because): string {
  const min = b.min ?? 1;
  switch (b.guard) {
    case 'clauseAtLeast':
    case 'stepReached':
    case 'inForce':
      return ` ≥ ${min}`;
    case 'clauseBelow':
      return ` < ${min}`;
    case 'clauseWithin':
      return b.max === undefined ? ` ≥ ${min}` : ` in ${min}..${b.max}`;
    case 'clauseOutside':
      return b.max === undefined ? ` < ${min}` : ` not in ${min}..${b.max}`;
    default:
      return '';
  }
}

/** The readable form: a block per delegation, its decision, then one line per goal. */
export function whyTable(r: WhyReport): string {
  const lines = [`${r.scenario}, seed ${r.seed}: ${r.text || '(an empty text)'}`, ''];
  for (const [id, d] of Object.entries(r.delegations)) {
    lines.push(`${id}: ${d.decision}`);
    const rows = d.goals.map((g) => [g.id ?? '?', g.kind ?? '', g.state ?? '', g.because]);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
    for (const row of rows) lines.push(`  ${row.map((c, i) => (i < 3 ? c.padEnd(widths[i] ?? 0) : c)).join('  ')}`);
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
