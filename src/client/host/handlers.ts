import { MEDIATOR_ACTION_TYPES, parseAction, type Action } from '../../engine/actions';
import { parseRecord } from '../../engine/record';
import { replay } from '../../engine/replay';
import { startRound } from '../../engine/session';
import type { Scenario } from '../../engine/scenario/build';
import type { Round } from '../../engine/session';
import type { DelegationId } from '../../engine/vocabulary';
import { mayView, principalKey, type HostRefusal, type Principal } from '../protocol';
import type { Opened, RecordRefusal, RequestName, Requests } from '../requests';
import { campaignPlace, campaignState, recordIn, scenarioWith, startCampaign } from './campaign';
import { catalogueOf, contentOf, type HostLibrary } from './content';
import type { Room } from './room';
import { debriefOf, expertOf, roleCardOf, seatReportOf } from './reports';
import { checkRecordText, forkRecord } from './record-file';
import { checkSaveText, describeSave } from './save-file';
import { checkSignature } from './signature';

export type Outcome<K extends RequestName> =
  | { readonly ok: true; readonly value: Requests[K]['value'] }
  | { readonly ok: false; readonly refusal: Requests[K]['refusal'] | HostRefusal };

export interface HostContext {
  readonly library: HostLibrary;
  readonly room: Room;
  readonly principal: Principal;
}

type Handler<K extends RequestName> = (ctx: HostContext, args: Requests[K]['args']) => Outcome<K>;

const ok = <V>(value: V) => ({ ok: true as const, value });
const notYours = (principal: Principal): HostRefusal => ({
  code: 'notYours',
  key: 'refusal.notYours',
  params: { principal: principalKey(principal) },
});
const NO_ROUND: HostRefusal = { code: 'noRound', key: 'refusal.noRound' };
const unknownRound = (round: string): RecordRefusal => ({
  code: 'unknownRound',
  key: 'refusal.unknownRound',
  params: { round },
});
/** The teacher, or the mediator playing alone, opens and closes rounds. */
const runs = (p: Principal): boolean => p === 'teacher' || p === 'mediator';
const MEDIATOR_MOVES: ReadonlySet<Action['type']> = new Set(MEDIATOR_ACTION_TYPES);
const SEAT_MOVES: ReadonlySet<Action['type']> = new Set(['decide', 'answer', 'say']);

/** Which moves a principal may make: a seat speaks only for itself, the projector makes none. */
export function mayAct(principal: Principal, action: Action): boolean {
  if (principal === 'teacher') return true;
  if (principal === 'mediator') return MEDIATOR_MOVES.has(action.type);
  if (principal === 'projector') return false;
  return SEAT_MOVES.has(action.type) && 'delegation' in action && action.delegation === principal.delegation;
}

function opened(ctx: HostContext, scenario: Scenario, round: Round, campaign: string | undefined): Opened {
  const open = ctx.room.place(scenario, round, campaign);
  return {
    epoch: open.epoch,
    round: scenario.id,
    phase: round.phase(),
    content: contentOf(scenario),
    campaign: campaignPlace(campaign),
  };
}

function replayed(ctx: HostContext, raw: unknown, campaign: string | undefined): Outcome<'replay'> {
  // A classroom server's signature is a field beside the record: checked here, then set aside.
  const { record: bare, check } = checkSignature(raw);
  const record = parseRecord(bare);
  if (!record.ok) return { ok: false, refusal: { code: 'record', key: 'refusal.record', error: record.error } };
  const scenario = scenarioWith(ctx.library, record.value.scenario, campaign);
  if (scenario === undefined) return { ok: false, refusal: unknownRound(record.value.scenario) };
  const round = replay(scenario, record.value);
  if (!round.ok) return { ok: false, refusal: { code: 'record', key: 'refusal.record', error: round.error } };
  return ok({ ...opened(ctx, scenario, round.value, campaign), signature: check });
}

/** Runs `fn` with the open round, when this principal may. */
const withRound =
  <K extends RequestName>(
    may: (p: Principal) => boolean,
    fn: (ctx: HostContext, round: Round, args: Requests[K]['args']) => Outcome<K>,
  ): Handler<K> =>
  (ctx, args) => {
    if (!may(ctx.principal)) return { ok: false, refusal: notYours(ctx.principal) };
    const open = ctx.room.current;
    return open === null ? { ok: false, refusal: NO_ROUND } : fn(ctx, open.round, args);
  };

const seatOrTeacher = (id: DelegationId) => (p: Principal) => mayView(p, { delegation: id }) || p === 'teacher';

export const HANDLERS: { readonly [K in RequestName]: Handler<K> } = {
  catalogue: (ctx) => ok(catalogueOf(ctx.library)),
  content(ctx, { round }) {
    const scenario = ctx.library.scenarioOf(round);
    return scenario === undefined ? { ok: false, refusal: unknownRound(round) } : ok(contentOf(scenario));
  },
  start(ctx, args) {
    if (!runs(ctx.principal)) return { ok: false, refusal: notYours(ctx.principal) };
    const scenario = scenarioWith(ctx.library, args.round, args.campaign);
    if (scenario === undefined) return { ok: false, refusal: unknownRound(args.round) };
    const round = startRound(scenario, {
      seed: args.seed,
      difficulty: args.difficulty,
      ...(args.seats === undefined ? {} : { controllers: args.seats }),
    });
    return ok(opened(ctx, scenario, round, args.campaign));
  },
  replay: (ctx, args) =>
    runs(ctx.principal) ? replayed(ctx, args.record, args.campaign) : { ok: false, refusal: notYours(ctx.principal) },
  checkRecord: (ctx, { text }) => checkRecordText(ctx.library, text),
  // The fork replays on the round's own scenario (a later round, or a campaign's carried-over one).
  fork: withRound<'fork'>(runs, (ctx, round, { upTo }) =>
    replayed(ctx, forkRecord(round.record(), upTo), ctx.room.current?.campaign),
  ),
  close(ctx) {
    if (!runs(ctx.principal)) return { ok: false, refusal: notYours(ctx.principal) };
    ctx.room.close();
    return ok(null);
  },
  act: withRound<'act'>(
    () => true,
    (ctx, round, { action }) => {
      const parsed = parseAction(action);
      if (!parsed.ok)
        return { ok: false, refusal: { code: 'syntax', key: 'refusal.syntax', params: { text: action } } };
      if (!mayAct(ctx.principal, parsed.value)) return { ok: false, refusal: notYours(ctx.principal) };
      const result = round.act(parsed.value);
      if (!result.ok) return { ok: false, refusal: result.refusal };
      ctx.room.changed();
      return ok({ stateId: result.stateId });
    },
  ),
  checkSave: (ctx, { text, campaign }) => ok(checkSaveText(ctx.library, text, campaign)),
  describeSaves: (ctx, { texts }) => ok(texts.map((text) => describeSave(ctx.library, text))),
  campaign: (ctx, { text }) => ok(campaignState(ctx.library, text)),
  newCampaign: (ctx, { seed }) => ok(startCampaign(ctx.library, seed)),
  recordCampaign: withRound<'recordCampaign'>(runs, (_ctx, round, { text }) => ok(recordIn(text, round))),
  debrief: withRound<'debrief'>(runs, (ctx, round) =>
    ok(debriefOf(ctx.room.current?.scenario ?? round.model.scenario, round)),
  ),
  expert: withRound<'expert'>(runs, (_ctx, round) => ok(expertOf(round))),
  seatReports: withRound<'seatReports'>(
    (p) => p === 'teacher',
    (_ctx, round, { delegations }) =>
      ok(delegations.filter((d) => round.model.delegations.includes(d)).map((d) => seatReportOf(round, d))),
  ),
  roleCard: (ctx, args) =>
    withRound<'roleCard'>(seatOrTeacher(args.delegation), (_ctx, round, { delegation }) =>
      round.model.delegations.includes(delegation)
        ? ok(roleCardOf(round, delegation))
        : { ok: false, refusal: { code: 'badRequest', key: 'refusal.badRequest', params: { detail: delegation } } },
    )(ctx, args),
  views: (ctx, { seats }) => {
    if (!seats.every((s) => mayView(ctx.principal, s))) return { ok: false, refusal: notYours(ctx.principal) };
    if (ctx.room.current === null) return { ok: false, refusal: NO_ROUND };
    return ok(seats.flatMap((s) => ctx.room.view(s) ?? []));
  },
};
