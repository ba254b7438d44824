import { honestNow, spokenAnswer, truthfulAnswer } from '../model/replies';
import { delegationModel } from '../model/round-model';
import { addTrust, trustAt, type TrustSource } from '../model/trust';
import type { DelegationId } from '../vocabulary';
import { entry, seatedIn, type Ctx } from './context';
import type { Sitting } from './deliver';
import type { DelegationDynamics, LogEntry, ReplyRecord, RoundData, Tone } from './state';

/** The small immutable edits every step is made of. */
export type Change = (d: DelegationDynamics) => DelegationDynamics;

export const update = (data: RoundData, id: DelegationId, change: Change): RoundData => {
  const d = data.dyn[id];
  if (d === undefined) return data;
  // A copy then an assignment: a computed key in a spread literal is V8's slow path, and this is hot.
  const dyn = { ...data.dyn };
  dyn[id] = change(d);
  return { ...data, dyn };
};
export const gain =
  (source: TrustSource, amount: number, minute: number): Change =>
  (d) => ({ ...d, trust: addTrust(d.trust, source, amount, minute) });
export const log = (data: RoundData, ...entries: LogEntry[]): RoundData =>
  entries.length === 0 ? data : { ...data, log: [...data.log, ...entries] };
export const replied =
  (r: ReplyRecord): Change =>
  (d) => ({ ...d, replies: [...d.replies, r] });
/** The log line of a reply: the AI's (`log.reply.*`) unless another key is given (students' answers). */
export const replyEntry = (r: ReplyRecord, id: DelegationId, key = `log.reply.${r.reply}`): LogEntry =>
  entry(
    r.minute,
    key,
    { delegation: id, clause: r.clause, strength: r.strength, suggested: r.suggested ?? 0 },
    toneOf(r),
    id,
  );
export const toneOf = (r: ReplyRecord): Tone =>
  r.reply === 'accept' ? 'good' : r.reply === 'reject' ? 'bad' : 'neutral';

/** What an AI-held delegation answers on a wording: the truth, or a bluff when it does not trust the mediator. */
export function aiReply(
  ctx: Ctx,
  { data, delegations }: Sitting,
  id: DelegationId,
  clause: string,
  strength: number,
  via: ReplyRecord['via'],
): ReplyRecord {
  const { model } = ctx;
  const m = data.minute;
  const at = model.scenario.agenda.index.get(clause) ?? -1;
  const max = model.scenario.agenda.max[at] ?? 0;
  const truth = truthfulAnswer(delegationModel(model, id), data.draft, at, strength, max, seatedIn(delegations));
  const trust = trustAt(data.dyn[id]?.trust ?? { base: 50, entries: [] }, m);
  const spoken = spokenAnswer(truth, strength, max, honestNow(ctx.streams.delegation(id), trust, model.knobs));
  return { minute: m, clause, strength, reply: spoken.reply, suggested: spoken.suggested, via };
}
