import { makeAction, type Action } from '../actions';
import type { DelegationEvent } from '../delegation/events';
import { honestNow, spokenStance } from '../model/replies';
import { delegationModel } from '../model/round-model';
import { anyCrossed } from '../model/acceptance';
import { isRedLine } from '../model/goals';
import { MOOD_LEVELS, WALKOUT_PATIENCE, withPatience } from '../model/temper';
import { addTrust, trustAt } from '../model/trust';
import { GUARANTORS, type DelegationId, type Verdict } from '../vocabulary';
import { aiReply, gain, log, replied, replyEntry, update, type Change } from './changes';
import { classroomEffect, isHeld } from './classroom';
import { ACTION_MINUTES, advance } from './clock';
import { entry, type Ctx, type Send } from './context';
import { deliver, type Sitting } from './deliver';
import { underControl } from '../delegation/step';
import { edit } from './edit';
import { limitOf } from './refusal';
import { tellNextAim } from './consult';
import { nextHidden } from './reveal';
import type { LogEntry, Question, RoundData } from './state';

/**
 * Applies an action that refusalFor has allowed: its effect, what the delegations hear of it, then
 * the time it takes (patience wears, events fire) and the standing every delegation hears after it.
 * Pure but for draws from this step's streams, which the step saves back into the round's state.
 */
export function applyAction(ctx: Ctx, sitting: Sitting, action: Action): Sitting {
  const data = {
    ...sitting.data,
    stateId: sitting.data.stateId + 1,
    actions: [...sitting.data.actions, makeAction(action)],
  };
  const acted = effect(ctx, { data, delegations: sitting.delegations }, action);
  const minutes = ACTION_MINUTES[action.type];
  const after = minutes <= 0 ? acted : advance(ctx, acted, minutes, limitOf(ctx.model, acted.data));
  const out = deliver(ctx, after, standings(ctx, sitting, after));
  // Hearing its standing moves no number and no goal: the bands stand for the next step to compare with.
  const heard = bands.get(after.data);
  if (heard !== undefined) bands.set(out.data, heard);
  return out;
}

/**
 * Where a delegation's trust and patience stand against the levels its chart reads (RULES.md ROUTE-3): the
 * mood's and the walk-out's thresholds, and whether a red line is crossed. Its chart hears its standing
 * when this changes, as a goal hears the draft when a clause it watches changes (DESIGN §7).
 */
function band(ctx: Ctx, { data, delegations }: Sitting, id: DelegationId): string {
  const dyn = data.dyn[id];
  const state = delegations[id];
  if (dyn === undefined || state === undefined) return '';
  const trust = trustAt(dyn.trust, data.minute);
  const p = dyn.patience;
  const crossed = anyCrossed(delegationModel(ctx.model, id), state.goals);
  const levels = [trust < MOOD_LEVELS.distrust, trust >= MOOD_LEVELS.warmTrust, p < WALKOUT_PATIENCE];
  return [...levels, p >= MOOD_LEVELS.calmPatience, crossed].join('');
}

/** Each step's bands, kept with its data: the next step compares with them. */
const bands = new WeakMap<RoundData, Map<DelegationId, string>>();

function bandOf(ctx: Ctx, sitting: Sitting, id: DelegationId): string {
  let byId = bands.get(sitting.data);
  if (byId === undefined) {
    byId = new Map();
    bands.set(sitting.data, byId);
  }
  let b = byId.get(id);
  if (b === undefined) {
    b = band(ctx, sitting, id);
    byId.set(id, b);
  }
  return b;
}

/** Trust and patience as they now stand, told to each delegation that has come whose standing crossed a level. */
export function standings(ctx: Ctx, before: Sitting, after: Sitting): Send[] {
  const sends: Send[] = [];
  const { data } = after;
  for (const id of ctx.model.delegations) {
    const dyn = data.dyn[id];
    if (dyn === undefined || after.delegations[id]?.attendance === 'arriving') continue;
    // Arriving, it heard its standing with ARRIVE.
    if (before.delegations[id]?.attendance === 'arriving' || bandOf(ctx, before, id) === bandOf(ctx, after, id))
      continue;
    sends.push({ to: id, event: { type: 'STANDING', trust: trustAt(dyn.trust, data.minute), patience: dyn.patience } });
  }
  return sends;
}

/** The delegations come in (or stay away) and those who sit state their positions. */
function arrive(ctx: Ctx, table: Sitting): Sitting {
  const { data } = table;
  const sends: Send[] = [];
  for (const id of ctx.model.delegations) {
    const dyn = data.dyn[id];
    if (dyn === undefined) continue;
    const forced = ctx.model.scenario.seats[id]?.arrival ?? null;
    const trust = trustAt(dyn.trust, data.minute);
    sends.push({ to: id, event: { type: 'ARRIVE', forced, trust, patience: dyn.patience, draft: data.draft } });
  }
  const arrived = deliver(ctx, table, sends);
  const entries: LogEntry[] = [];
  for (const id of ctx.model.delegations) {
    const dm = delegationModel(ctx.model, id);
    if (arrived.delegations[id]?.attendance === 'boycotting')
      entries.push(entry(data.minute, 'statement.boycott', { delegation: id }, 'bad', id));
    else {
      const stated = dm.goals
        .filter((g) => g.public)
        .toSorted((a, b) => b.weight - a.weight)
        .slice(0, 2);
      for (const g of stated)
        entries.push(entry(data.minute, `statement.${g.kind}`, { delegation: id, goal: g.id }, 'neutral', id));
    }
  }
  return { ...arrived, data: log(arrived.data, ...entries) };
}

/** A question to a students' seat waits for their answer; the log says it was put. */
export const ask = (data: RoundData, q: Question): RoundData =>
  log(
    { ...data, questions: [...data.questions, q] },
    q.via === 'consult'
      ? entry(q.minute, 'log.askedConsult', { delegation: q.delegation }, 'neutral', q.delegation)
      : entry(
          q.minute,
          'log.asked',
          { delegation: q.delegation, clause: q.clause, strength: q.strength },
          'neutral',
          q.delegation,
        ),
  );

const withData = (table: Sitting, data: RoundData): Sitting => ({ ...table, data });

/**
 * What a delegation would do with the draft if it were tabled now: its own chart, asked and not kept.
 * A delegation that would leave the room says it would refuse.
 */
export function stanceOf(ctx: Ctx, table: Sitting, id: DelegationId): Verdict {
  const state = table.delegations[id];
  const dyn = table.data.dyn[id];
  if (state === undefined || dyn === undefined) return 'refuses';
  const event: DelegationEvent = {
    type: 'PLENARY',
    draft: table.data.draft,
    trust: trustAt(dyn.trust, table.data.minute),
    patience: dyn.patience,
    t: table.data.minute / limitOf(ctx.model, table.data),
  };
  const decision = ctx.delegate(delegationModel(ctx.model, id), underControl(state, 'ai'), event).decision;
  return decision === 'signs' || decision === 'reserves' ? decision : 'refuses';
}

function effect(ctx: Ctx, table: Sitting, action: Action): Sitting {
  const { model, streams } = ctx;
  const { data } = table;
  const m = data.minute;
  const human = isHeld(table.delegations);
  switch (action.type) {
    case 'start':
      return arrive(ctx, withData(table, log(data, entry(m, 'log.talksOpen', {}, 'neutral'))));
    case 'proceed':
      return withData(table, log(data, entry(m, 'log.talksOpen', {}, 'neutral')));
    case 'plenary':
      return withData(table, log(data, entry(m, 'log.plenaryCalled', {}, 'neutral')));
    case 'consult': {
      const id = action.delegation;
      const heard = update(data, id, (d) => ({ ...gain('consult', 4, m)(d), patience: withPatience(d.patience, 5) }));
      // What a students' seat wants is theirs to tell: the consultation waits for them (REVEAL-2).
      if (human(id)) return withData(table, ask(heard, { delegation: id, minute: m, via: 'consult' }));
      return withData(table, tellNextAim(heard, delegationModel(model, id), id, false));
    }
    case 'sound': {
      const { delegation: id, clause, strength } = action;
      if (human(id)) {
        const asked = ask(data, { delegation: id, clause, strength, minute: m, via: 'sound' });
        return withData(table, update(asked, id, gain('sound', 1, m)));
      }
      const r = aiReply(ctx, table, id, clause, strength, 'sound');
      const next = update(update(data, id, replied(r)), id, gain('sound', 1, m));
      return withData(table, log(next, replyEntry(r, id)));
    }
    case 'shuttle':
      return withData(table, shuttle(ctx, table, action.from, action.to, action.clause, action.strength));
    case 'assure': {
      const { delegation: id, clause, strength } = action;
      const next = update(
        { ...data, promises: [...data.promises, { delegation: id, clause, strength, minute: m }] },
        id,
        gain('assure', 6, m),
      );
      return withData(table, log(next, entry(m, 'log.assured', { delegation: id, clause, strength }, 'good', id)));
    }
    case 'caucus':
      return withData(table, caucus(ctx, table));
    case 'edit':
      return edit(ctx, table, action.clause, action.strength);
    case 'recall': {
      const id = action.delegation;
      const dyn = data.dyn[id];
      if (dyn === undefined) return table;
      const roll = streams.delegation(id).next();
      const event: DelegationEvent = { type: 'RECALL', roll, trust: trustAt(dyn.trust, m), patience: dyn.patience };
      const heard = deliver(ctx, table, [{ to: id, event }]);
      const success = heard.delegations[id]?.attendance === 'seated';
      const next = update(heard.data, id, (d) => ({
        ...d,
        trust: addTrust(d.trust, 'recall', success ? -4 : -2, m),
        patience: success ? Math.max(d.patience, 45) : d.patience,
      }));
      const key = success ? 'log.recallWorked' : 'log.recallFailed';
      return withData(heard, log(next, entry(m, key, { delegation: id }, success ? 'good' : 'bad', id)));
    }
    default:
      return classroomEffect(ctx, table, action);
  }
}

/** The guarantors say where they stand on the draft; each AI guarantor also lets slip one red line. */
function caucus(ctx: Ctx, table: Sitting): RoundData {
  const { model, streams } = ctx;
  const m = table.data.minute;
  let next = table.data;
  const entries: LogEntry[] = [];
  for (const id of GUARANTORS) {
    const dyn = next.dyn[id];
    if (dyn === undefined) continue;
    // Students speak for their own seat in the room; the engine does not guess their stance.
    if (isHeld(table.delegations)(id)) {
      next = update(next, id, gain('caucus', 2, m));
      continue;
    }
    const dm = delegationModel(model, id);
    const trust = trustAt(dyn.trust, m);
    const verdict = spokenStance(stanceOf(ctx, table, id), honestNow(streams.delegation(id), trust, model.knobs));
    const goal = nextHidden(dm, dyn, isRedLine);
    next = update(next, id, (d) => ({
      ...gain('caucus', 2, m)(d),
      stance: { minute: m, verdict },
      revealed: goal === undefined ? d.revealed : [...d.revealed, goal],
    }));
    entries.push(entry(m, `log.stance.${verdict}`, { delegation: id }, verdict === 'refuses' ? 'bad' : 'good', id));
  }
  return log(next, ...entries);
}

/** A proposal carried between two delegations: students' sides get the question, AI sides answer now. */
function shuttle(
  ctx: Ctx,
  table: Sitting,
  from: DelegationId,
  to: DelegationId,
  clause: string,
  strength: number,
): RoundData {
  const { model } = ctx;
  const m = table.data.minute;
  const human = isHeld(table.delegations);
  let next = table.data;
  if (human(from) || human(to)) {
    for (const id of [from, to]) {
      if (human(id)) next = ask(next, { delegation: id, clause, strength, minute: m, via: 'shuttle' });
      else {
        const r = aiReply(ctx, table, id, clause, strength, 'shuttle');
        next = log(update(next, id, replied(r)), replyEntry(r, id));
      }
    }
    return next;
  }
  const a = aiReply(ctx, table, from, clause, strength, 'shuttle');
  const b = aiReply(ctx, table, to, clause, strength, 'shuttle');
  const at = model.scenario.agenda.index.get(clause) ?? -1;
  // A shuttle over a clause brings out the conditions each side ties to it.
  const linkage =
    (id: DelegationId): Change =>
    (d) => {
      const found = delegationModel(model, id).goals.filter(
        (g) => g.kind === 'linkage' && g.touches.includes(at) && !d.revealed.includes(g.id),
      );
      return { ...d, revealed: [...d.revealed, ...found.map((g) => g.id)] };
    };
  const agreed = a.reply === 'accept' && b.reply === 'accept';
  next = update(update(next, from, replied(a)), to, replied(b));
  next = update(update(next, from, linkage(from)), to, linkage(to));
  if (agreed) next = update(update(next, from, gain('shuttle', 3, m)), to, gain('shuttle', 3, m));
  const key = agreed ? 'log.shuttleAgreed' : 'log.shuttleApart';
  return log(
    next,
    replyEntry(a, from),
    replyEntry(b, to),
    entry(m, key, { from, to, clause, strength }, agreed ? 'good' : 'neutral'),
  );
}
