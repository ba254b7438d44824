import { withStrength } from '../draft';
import { anyBlocks, worthOf } from '../model/acceptance';
import { delegationModel } from '../model/round-model';
import { withPatience } from '../model/temper';
import { addTrust } from '../model/trust';
import { log, update } from './changes';
import { entry, type Ctx, type Send } from './context';
import { deliver, type Sitting } from './deliver';
import type { LogEntry, RoundData } from './state';

/** A move in worth, as a share of the delegation's range, that it remarks on. */
export const NOTICED_SHARE = 0.08;

/**
 * A new wording on the table. Only the delegations with a goal that watches the clause hear it (and
 * only those goals, DESIGN §7); a seated one whose goals now block a signature bristles (trust and
 * patience fall), one the text now serves better or worse says so.
 */
export function edit(ctx: Ctx, table: Sitting, clause: string, strength: number): Sitting {
  const { model } = ctx;
  const { data } = table;
  const m = data.minute;
  const at = model.scenario.agenda.index.get(clause) ?? -1;
  const draft = withStrength(data.draft, at, strength);
  const moved: RoundData = {
    ...data,
    draft,
    versions: [...data.versions, { stateId: data.stateId, minute: m, draft }],
  };
  const sends: Send[] = model.delegations
    .filter((d) => table.delegations[d] !== undefined && (delegationModel(model, d).hears.draft[at]?.length ?? 0) > 0)
    .map((to) => ({ to, event: { type: 'DRAFT', at, draft } }));
  const heard = deliver(ctx, { ...table, data: moved }, sends);
  let next = heard.data;
  const entries: LogEntry[] = [
    entry(m, strength === 0 ? 'log.editedOut' : 'log.edited', { clause, strength }, 'neutral'),
  ];
  for (const send of sends) {
    const id = send.to;
    const before = table.delegations[id];
    const after = heard.delegations[id];
    if (before === undefined || after === undefined || after.attendance !== 'seated') continue;
    const dm = delegationModel(model, id);
    const [was, now] = [anyBlocks(dm, before.goals), anyBlocks(dm, after.goals)];
    if (now && !was) {
      const scale = 0.5 + dm.personality.volatility;
      next = update(next, id, (d) => ({
        ...d,
        trust: addTrust(d.trust, 'edit', -3 * scale, m),
        patience: withPatience(d.patience, -8 * scale),
      }));
      entries.push(entry(m, 'reaction.objects', { delegation: id, clause }, 'bad', id));
    } else if (!now) {
      const range = dm.range[1] - dm.range[0] || 1;
      const share = (worthOf(dm, after.goals, draft) - worthOf(dm, before.goals, data.draft)) / range;
      if (share >= NOTICED_SHARE) entries.push(entry(m, 'reaction.welcomes', { delegation: id, clause }, 'good', id));
      else if (share <= -NOTICED_SHARE)
        entries.push(entry(m, 'reaction.frowns', { delegation: id, clause }, 'bad', id));
    }
  }
  return { ...heard, data: log(next, ...entries) };
}
