import { makeAction, type Action } from '../actions';
import { withStrength } from '../draft';
import { breakdown } from '../model/acceptance';
import { honestNow, spokenAnswer, spokenStance, truthfulAnswer } from '../model/replies';
import { delegationModel } from '../model/round-model';
import { moodFor, recallChance, withPatience } from '../model/temper';
import type { ArrivalPlan } from '../delegation/arrival';
import { addTrust, trustAt, type TrustSource } from '../model/trust';
import { GUARANTORS, type DelegationId } from '../vocabulary';
import { ACTION_MINUTES, advance } from './clock';
import { entry, evaluate, seatedIn, type Ctx, type Send, type Step } from './context';
import { limitOf } from './refusal';
import { nextHidden } from './reveal';
import type { DelegationDynamics, LogEntry, ReplyRecord, RoundData, Tone } from './state';
import { statusesOf, sync } from './sync';

type Change = (d: DelegationDynamics) => DelegationDynamics;

const update = (data: RoundData, id: DelegationId, change: Change): RoundData => {
  const d = data.dyn[id];
  if (d === undefined) return data;
  // A copy then an assignment: a computed key in a spread literal is V8's slow path, and this is hot.
  const dyn = { ...data.dyn };
  dyn[id] = change(d);
  return { ...data, dyn };
};
const gain = (source: TrustSource, amount: number, minute: number): Change => (d) => ({ ...d, trust: addTrust(d.trust, source, amount, minute) });
const log = (data: RoundData, ...entries: LogEntry[]): RoundData => ({ ...data, log: [...data.log, ...entries] });

/** Applies an action that refusalFor has allowed. Pure but for draws from the round's named streams. */
export function applyAction(ctx: Ctx, data: RoundData, action: Action): Step {
  const stepped = { ...data, stateId: data.stateId + 1, actions: [...data.actions, makeAction(action)] };
  if (action.type === 'start') return arrive(ctx, stepped);
  const acted = effect(ctx, stepped, action);
  const after = advance(ctx, acted.data, ACTION_MINUTES[action.type], limitOf(ctx.model, acted.data));
  return { data: after, sends: [...acted.sends, ...sync(ctx, after)] };
}

/** The delegations come in (or stay away) and state their positions. */
function arrive(ctx: Ctx, data: RoundData): Step {
  const arrivals = new Map<DelegationId, ArrivalPlan>();
  const entries: LogEntry[] = [];
  const seated = (d: DelegationId): boolean => delegationModel(ctx.model, d).arrival === 'present';
  for (const id of ctx.model.delegations) {
    const dm = delegationModel(ctx.model, id);
    const dyn = data.dyn[id];
    if (dyn === undefined) continue;
    const boycott = dm.arrival === 'boycott';
    const statuses = statusesOf(dm, data.draft, seated);
    const mood = moodFor(trustAt(dyn.trust, data.minute), dyn.patience);
    arrivals.set(id, { boycott, controller: ctx.controllers[id] ?? 'ai', statuses, mood });
    if (boycott) entries.push(entry(data.minute, 'statement.boycott', { delegation: id }, 'bad', id));
    else {
      const stated = dm.goals.filter((g) => g.public).toSorted((a, b) => b.weight - a.weight).slice(0, 2);
      for (const g of stated) entries.push(entry(data.minute, `statement.${g.kind}`, { delegation: id, goal: g.id }, 'neutral', id));
    }
  }
  return { data: log(data, ...entries), sends: [], arrivals };
}

const only = (next: RoundData): Step => ({ data: next, sends: [] });
const replied = (r: ReplyRecord): Change => (d) => ({ ...d, replies: [...d.replies, r] });
const toneOf = (r: ReplyRecord): Tone => (r.reply === 'accept' ? 'good' : r.reply === 'reject' ? 'bad' : 'neutral');

function effect(ctx: Ctx, data: RoundData, action: Action): Step {
  const { model, discrete, streams } = ctx;
  const m = data.minute;
  const seated = seatedIn(discrete);
  const agenda = model.scenario.agenda;
  const answer = (id: DelegationId, clause: string, strength: number, via: ReplyRecord['via']): ReplyRecord => {
    const at = agenda.index.get(clause) ?? -1;
    const max = agenda.max[at] ?? 0;
    const dm = delegationModel(model, id);
    const truth = truthfulAnswer(dm, data.draft, at, strength, max, seated);
    const trust = trustAt(data.dyn[id]?.trust ?? { base: 50, entries: [] }, m);
    const spoken = spokenAnswer(truth, strength, max, honestNow(streams.delegation(id), trust, model.knobs));
    return { minute: m, clause, strength, reply: spoken.reply, suggested: spoken.suggested, via };
  };

  switch (action.type) {
    case 'start':
    case 'proceed':
      return only(log(data, entry(m, 'log.talksOpen', {}, 'neutral')));
    case 'plenary':
      return only(log(data, entry(m, 'log.plenaryCalled', {}, 'neutral')));
    case 'consult': {
      const id = action.delegation;
      const dyn = data.dyn[id];
      const goal = dyn === undefined ? undefined : nextHidden(delegationModel(model, id), dyn);
      const next = update(data, id, (d) => ({
        ...gain('consult', 4, m)(d),
        patience: withPatience(d.patience, 5),
        revealed: goal === undefined ? d.revealed : [...d.revealed, goal],
      }));
      return only(log(next, entry(m, goal === undefined ? 'log.consultNothingNew' : 'log.consultRevealed', goal === undefined ? { delegation: id } : { delegation: id, goal }, 'good', id)));
    }
    case 'sound': {
      const r = answer(action.delegation, action.clause, action.strength, 'sound');
      const next = update(update(data, action.delegation, replied(r)), action.delegation, gain('sound', 1, m));
      return only(log(next, entry(m, `log.reply.${r.reply}`, { delegation: action.delegation, clause: r.clause, strength: r.strength, suggested: r.suggested ?? 0 }, toneOf(r), action.delegation)));
    }
    case 'shuttle': {
      const a = answer(action.from, action.clause, action.strength, 'shuttle');
      const b = answer(action.to, action.clause, action.strength, 'shuttle');
      const at = agenda.index.get(action.clause) ?? -1;
      const linkage = (id: DelegationId): Change => (d) => {
        const found = delegationModel(model, id).goals.filter((g) => g.kind === 'linkage' && g.touches.includes(at) && !d.revealed.includes(g.id));
        return { ...d, revealed: [...d.revealed, ...found.map((g) => g.id)] };
      };
      const agreed = a.reply === 'accept' && b.reply === 'accept';
      let next = update(update(data, action.from, replied(a)), action.to, replied(b));
      next = update(update(next, action.from, linkage(action.from)), action.to, linkage(action.to));
      if (agreed) next = update(update(next, action.from, gain('shuttle', 3, m)), action.to, gain('shuttle', 3, m));
      return only(log(
        next,
        entry(m, `log.reply.${a.reply}`, { delegation: action.from, clause: a.clause, strength: a.strength, suggested: a.suggested ?? 0 }, toneOf(a), action.from),
        entry(m, `log.reply.${b.reply}`, { delegation: action.to, clause: b.clause, strength: b.strength, suggested: b.suggested ?? 0 }, toneOf(b), action.to),
        entry(m, agreed ? 'log.shuttleAgreed' : 'log.shuttleApart', { from: action.from, to: action.to, clause: action.clause, strength: action.strength }, agreed ? 'good' : 'neutral'),
      ));
    }
    case 'assure': {
      const promise = { delegation: action.delegation, clause: action.clause, strength: action.strength, minute: m };
      const next = update({ ...data, promises: [...data.promises, promise] }, action.delegation, gain('assure', 6, m));
      return only(log(next, entry(m, 'log.assured', { delegation: action.delegation, clause: action.clause, strength: action.strength }, 'good', action.delegation)));
    }
    case 'caucus': {
      let next = data;
      const entries: LogEntry[] = [];
      const t = m / limitOf(model, data);
      for (const id of GUARANTORS) {
        const dyn = next.dyn[id];
        if (dyn === undefined) continue;
        const dm = delegationModel(model, id);
        const trust = trustAt(dyn.trust, m);
        const truth = breakdown(dm, { draft: data.draft, seated, trust, patience: dyn.patience, t }).verdict;
        const verdict = spokenStance(truth, honestNow(streams.delegation(id), trust, model.knobs));
        const goal = nextHidden(dm, dyn, (g) => g.hard);
        next = update(next, id, (d) => ({ ...gain('caucus', 2, m)(d), stance: { minute: m, verdict }, revealed: goal === undefined ? d.revealed : [...d.revealed, goal] }));
        entries.push(entry(m, `log.stance.${verdict}`, { delegation: id }, verdict === 'refuses' ? 'bad' : 'good', id));
      }
      return only(log(next, ...entries));
    }
    case 'edit':
      return only(edit(ctx, data, action.clause, action.strength));
    case 'recall': {
      const id = action.delegation;
      const dyn = data.dyn[id];
      if (dyn === undefined) return only(data);
      const { crossed } = evaluate(ctx, id, data.draft);
      const success = streams.delegation(id).chance(recallChance(trustAt(dyn.trust, m), dyn.patience, crossed));
      const next = update(data, id, (d) => ({
        ...d,
        trust: addTrust(d.trust, 'recall', success ? -4 : -2, m),
        patience: success ? Math.max(d.patience, 45) : d.patience,
      }));
      const recall: Send = { to: id, event: { type: 'RECALL', success } };
      return { data: log(next, entry(m, success ? 'log.recallWorked' : 'log.recallFailed', { delegation: id }, success ? 'good' : 'bad', id)), sends: [recall] };
    }
  }
}

/** A new wording on the table: delegations whose red line it crosses bristle, those it serves notice. */
function edit(ctx: Ctx, data: RoundData, clause: string, strength: number): RoundData {
  const { model, discrete } = ctx;
  const m = data.minute;
  const seated = seatedIn(discrete);
  const at = model.scenario.agenda.index.get(clause) ?? -1;
  const draft = withStrength(data.draft, at, strength);
  let next: RoundData = { ...data, draft, versions: [...data.versions, { stateId: data.stateId, minute: m, draft }] };
  const entries: LogEntry[] = [entry(m, strength === 0 ? 'log.editedOut' : 'log.edited', { clause, strength }, 'neutral')];
  for (const id of model.delegations) {
    if (!seated(id)) continue;
    const dm = delegationModel(model, id);
    const was = evaluate(ctx, id, data.draft);
    const now = evaluate(ctx, id, draft);
    if (now.blocked && !was.blocked) {
      const scale = 0.5 + dm.personality.volatility;
      next = update(next, id, (d) => ({ ...d, trust: addTrust(d.trust, 'edit', -3 * scale, m), patience: withPatience(d.patience, -8 * scale) }));
      entries.push(entry(m, 'reaction.objects', { delegation: id, clause }, 'bad', id));
    } else if (!now.blocked) {
      const gainShare = (now.utility - was.utility) / (dm.range[1] - dm.range[0] || 1);
      if (gainShare >= 0.08) entries.push(entry(m, 'reaction.welcomes', { delegation: id, clause }, 'good', id));
      else if (gainShare <= -0.08) entries.push(entry(m, 'reaction.frowns', { delegation: id, clause }, 'bad', id));
    }
  }
  return log(next, ...entries);
}
