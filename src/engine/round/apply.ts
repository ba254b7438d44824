import { makeAction, type Action } from '../actions';
import { withStrength } from '../draft';
import { breakdown } from '../model/acceptance';
import { honestNow, spokenStance } from '../model/replies';
import { delegationModel } from '../model/round-model';
import { moodFor, recallChance, withPatience } from '../model/temper';
import type { ArrivalPlan } from '../delegation/arrival';
import { addTrust, trustAt } from '../model/trust';
import { GUARANTORS, type DelegationId } from '../vocabulary';
import { aiReply, gain, log, only, replied, replyEntry, update, type Change } from './changes';
import { classroomEffect, isHeld } from './classroom';
import { ACTION_MINUTES, advance } from './clock';
import { entry, evaluate, seatedIn, type Ctx, type Send, type Step } from './context';
import { limitOf } from './refusal';
import { nextHidden } from './reveal';
import type { LogEntry, Question, ReplyRecord, RoundData } from './state';
import { statusesOf, sync } from './sync';

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
      const stated = dm.goals
        .filter((g) => g.public)
        .toSorted((a, b) => b.weight - a.weight)
        .slice(0, 2);
      for (const g of stated)
        entries.push(entry(data.minute, `statement.${g.kind}`, { delegation: id, goal: g.id }, 'neutral', id));
    }
  }
  return { data: log(data, ...entries), sends: [], arrivals };
}

/** A question to a students' seat waits for their answer; the log says it was put. */
const ask = (data: RoundData, q: Question): RoundData =>
  log(
    { ...data, questions: [...data.questions, q] },
    entry(
      q.minute,
      'log.asked',
      { delegation: q.delegation, clause: q.clause, strength: q.strength },
      'neutral',
      q.delegation,
    ),
  );

function effect(ctx: Ctx, data: RoundData, action: Action): Step {
  const { model, discrete, streams } = ctx;
  const m = data.minute;
  const seated = seatedIn(discrete);
  const answer = (id: DelegationId, clause: string, strength: number, via: ReplyRecord['via']): ReplyRecord =>
    aiReply(ctx, data, id, clause, strength, via);
  const human = isHeld(discrete);

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
      if (goal === undefined) return only(log(next, entry(m, 'log.consultNothingNew', { delegation: id }, 'good', id)));
      // A veto's text names what the delegation refuses, so it is told as a refusal, not as a wish.
      const refused = delegationModel(model, id).goal.get(goal)?.kind === 'vetoes';
      return only(
        log(
          next,
          entry(m, refused ? 'log.consultRevealedVeto' : 'log.consultRevealed', { delegation: id, goal }, 'good', id),
        ),
      );
    }
    case 'sound': {
      if (human(action.delegation))
        return only(
          update(
            ask(data, {
              delegation: action.delegation,
              clause: action.clause,
              strength: action.strength,
              minute: m,
              via: 'sound',
            }),
            action.delegation,
            gain('sound', 1, m),
          ),
        );
      const r = answer(action.delegation, action.clause, action.strength, 'sound');
      const next = update(update(data, action.delegation, replied(r)), action.delegation, gain('sound', 1, m));
      return only(log(next, replyEntry(r, action.delegation)));
    }
    case 'shuttle': {
      if (human(action.from) || human(action.to))
        return only(shuttleToStudents(ctx, data, action.from, action.to, action.clause, action.strength));
      const a = answer(action.from, action.clause, action.strength, 'shuttle');
      const b = answer(action.to, action.clause, action.strength, 'shuttle');
      const at = model.scenario.agenda.index.get(action.clause) ?? -1;
      const linkage =
        (id: DelegationId): Change =>
        (d) => {
          const found = delegationModel(model, id).goals.filter(
            (g) => g.kind === 'linkage' && g.touches.includes(at) && !d.revealed.includes(g.id),
          );
          return { ...d, revealed: [...d.revealed, ...found.map((g) => g.id)] };
        };
      const agreed = a.reply === 'accept' && b.reply === 'accept';
      let next = update(update(data, action.from, replied(a)), action.to, replied(b));
      next = update(update(next, action.from, linkage(action.from)), action.to, linkage(action.to));
      if (agreed) next = update(update(next, action.from, gain('shuttle', 3, m)), action.to, gain('shuttle', 3, m));
      return only(
        log(
          next,
          replyEntry(a, action.from),
          replyEntry(b, action.to),
          entry(
            m,
            agreed ? 'log.shuttleAgreed' : 'log.shuttleApart',
            { from: action.from, to: action.to, clause: action.clause, strength: action.strength },
            agreed ? 'good' : 'neutral',
          ),
        ),
      );
    }
    case 'assure': {
      const promise = { delegation: action.delegation, clause: action.clause, strength: action.strength, minute: m };
      const next = update({ ...data, promises: [...data.promises, promise] }, action.delegation, gain('assure', 6, m));
      return only(
        log(
          next,
          entry(
            m,
            'log.assured',
            { delegation: action.delegation, clause: action.clause, strength: action.strength },
            'good',
            action.delegation,
          ),
        ),
      );
    }
    case 'caucus': {
      let next = data;
      const entries: LogEntry[] = [];
      const t = m / limitOf(model, data);
      for (const id of GUARANTORS) {
        const dyn = next.dyn[id];
        if (dyn === undefined) continue;
        // Students speak for their own seat in the room; the engine does not guess their stance.
        if (human(id)) {
          next = update(next, id, gain('caucus', 2, m));
          continue;
        }
        const dm = delegationModel(model, id);
        const trust = trustAt(dyn.trust, m);
        const truth = breakdown(dm, { draft: data.draft, seated, trust, patience: dyn.patience, t }).verdict;
        const verdict = spokenStance(truth, honestNow(streams.delegation(id), trust, model.knobs));
        const goal = nextHidden(dm, dyn, (g) => g.hard);
        next = update(next, id, (d) => ({
          ...gain('caucus', 2, m)(d),
          stance: { minute: m, verdict },
          revealed: goal === undefined ? d.revealed : [...d.revealed, goal],
        }));
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
      return {
        data: log(
          next,
          entry(m, success ? 'log.recallWorked' : 'log.recallFailed', { delegation: id }, success ? 'good' : 'bad', id),
        ),
        sends: [recall],
      };
    }
    default:
      return classroomEffect(ctx, data, action);
  }
}

/** A shuttle where one side or both are students: AI sides answer now, students' sides get the question. */
function shuttleToStudents(
  ctx: Ctx,
  data: RoundData,
  from: DelegationId,
  to: DelegationId,
  clause: string,
  strength: number,
): RoundData {
  const m = data.minute;
  let next = data;
  for (const id of [from, to]) {
    if (isHeld(ctx.discrete)(id)) next = ask(next, { delegation: id, clause, strength, minute: m, via: 'shuttle' });
    else {
      const r = aiReply(ctx, data, id, clause, strength, 'shuttle');
      next = log(update(next, id, replied(r)), replyEntry(r, id));
    }
  }
  return next;
}

/** A new wording on the table: delegations whose red line it crosses bristle, those it serves notice. */
function edit(ctx: Ctx, data: RoundData, clause: string, strength: number): RoundData {
  const { model, discrete } = ctx;
  const m = data.minute;
  const seated = seatedIn(discrete);
  const at = model.scenario.agenda.index.get(clause) ?? -1;
  const draft = withStrength(data.draft, at, strength);
  let next: RoundData = { ...data, draft, versions: [...data.versions, { stateId: data.stateId, minute: m, draft }] };
  const entries: LogEntry[] = [
    entry(m, strength === 0 ? 'log.editedOut' : 'log.edited', { clause, strength }, 'neutral'),
  ];
  for (const id of model.delegations) {
    if (!seated(id)) continue;
    const dm = delegationModel(model, id);
    const was = evaluate(ctx, id, data.draft);
    const now = evaluate(ctx, id, draft);
    if (now.blocked && !was.blocked) {
      const scale = 0.5 + dm.personality.volatility;
      next = update(next, id, (d) => ({
        ...d,
        trust: addTrust(d.trust, 'edit', -3 * scale, m),
        patience: withPatience(d.patience, -8 * scale),
      }));
      entries.push(entry(m, 'reaction.objects', { delegation: id, clause }, 'bad', id));
    } else if (!now.blocked) {
      const gainShare = (now.utility - was.utility) / (dm.range[1] - dm.range[0] || 1);
      if (gainShare >= 0.08) entries.push(entry(m, 'reaction.welcomes', { delegation: id, clause }, 'good', id));
      else if (gainShare <= -0.08) entries.push(entry(m, 'reaction.frowns', { delegation: id, clause }, 'bad', id));
    }
  }
  return log(next, ...entries);
}
