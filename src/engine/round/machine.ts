import { and, assign, enqueueActions, sendTo, setup, type ActorRefFrom, type AnyActorRef } from 'xstate';
import type { Action } from '../actions';
import { seatDelegation, type DelegationRef } from '../delegation/arrival';
import type { Controller, DelegationEvent, DelegationReport } from '../delegation/events';
import { delegationModel, type RoundModel } from '../model/round-model';
import type { Phase, SomeDelegations } from '../vocabulary';
import { applyAction } from './apply';
import { createStreams, entry, seatedKeyOf, type Ctx, type Step, type Streams } from './context';
import { discreteOf } from './discrete';
import { initialData } from './initial';
import { conclude, recordDecision, table } from './plenary';
import { limitOf, refusalFor } from './refusal';
import type { RoundData } from './state';

export interface RoundInput {
  readonly model: RoundModel;
  readonly controllers: SomeDelegations<Controller>;
}

export interface RoundContext {
  /** Static: a reference, never copied (DESIGN §7). */
  readonly model: RoundModel;
  readonly controllers: SomeDelegations<Controller>;
  readonly data: RoundData;
  /** The delegations' actors, from the moment they arrive. */
  readonly refs: SomeDelegations<DelegationRef>;
  readonly streams: Streams;
}

export type RoundEvent =
  | { readonly type: 'ACT'; readonly action: Action }
  | { readonly type: 'TABLE' }
  | { readonly type: 'TIME_UP' }
  | DelegationReport;

export function ctxOf(context: RoundContext): Ctx {
  const discrete = discreteOf(context.refs);
  return {
    model: context.model,
    discrete,
    streams: context.streams,
    controllers: context.controllers,
    seatedKey: seatedKeyOf(discrete),
  };
}

/** The part of xstate's enqueueActions arguments that `commit` uses. */
interface Committer {
  readonly context: RoundContext;
  readonly self: AnyActorRef;
  readonly enqueue: {
    (action: () => void): void;
    assign(values: Partial<RoundContext>): void;
    sendTo(ref: DelegationRef, event: DelegationEvent): void;
  };
}

/** Assigns a step's data, seats arriving delegations, then tells the delegations what they must hear. */
function commit({ enqueue, context, self }: Committer, step: Step): void {
  let refs = context.refs;
  if (step.arrivals !== undefined && step.arrivals.size > 0) {
    refs = { ...refs };
    for (const [id, plan] of step.arrivals) refs[id] = seatDelegation(delegationModel(context.model, id), plan, self);
    const seated = Object.values(refs);
    enqueue(() => seated.forEach((ref) => ref.start()));
  }
  enqueue.assign({ data: step.data, refs });
  for (const send of step.sends) {
    const ref = refs[send.to];
    if (ref !== undefined) enqueue.sendTo(ref, send.event);
  }
}

/** The round orchestrator: phases, clock and the delegation actors (DESIGN §3). */
export const roundMachine = setup({
  types: {
    context: {} as RoundContext,
    input: {} as RoundInput,
    events: {} as RoundEvent,
  },
  guards: {
    allowed: ({ context, event }, params: { phase: Phase }) =>
      event.type === 'ACT' &&
      refusalFor(context.model, context.data, discreteOf(context.refs), params.phase, event.action) === null,
    callsPlenary: ({ event }) => event.type === 'ACT' && event.action.type === 'plenary',
    everyoneDecided: ({ context }) => context.data.awaiting?.length === 0,
  },
  actions: {
    apply: enqueueActions((args) => {
      if (args.event.type !== 'ACT') return;
      const step = applyAction(ctxOf(args.context), args.context.data, args.event.action);
      commit(args, step);
      // After the delegations have heard the action (and reported any walk-out), the clock's verdict.
      if (step.data.minute >= limitOf(args.context.model, step.data))
        args.enqueue.sendTo(args.self, { type: 'TIME_UP' });
    }),
    // Tabling waits for a message to itself, so that every delegation has first heard the last action.
    tableSoon: sendTo(({ self }) => self, { type: 'TABLE' }),
    table: enqueueActions((args) => commit(args, table(ctxOf(args.context), args.context.data))),
    timeIsUp: assign({
      data: ({ context }) => ({
        ...context.data,
        log: [...context.data.log, entry(context.data.minute, 'log.timeUp', {}, 'bad')],
      }),
    }),
    noteReport: assign({
      data: ({ context, event }): RoundData => {
        if (event.type === 'DECIDED') return recordDecision(context.data, event.delegation, event.decision);
        if (event.type !== 'REPORT' || event.what !== 'walkedOut') return context.data;
        const log = [
          ...context.data.log,
          entry(context.data.minute, 'log.walkedOut', { delegation: event.delegation }, 'bad', event.delegation),
        ];
        return { ...context.data, log, awaiting: context.data.awaiting?.filter((d) => d !== event.delegation) ?? null };
      },
    }),
    conclude: assign({ data: ({ context }) => conclude(ctxOf(context), context.data) }),
  },
}).createMachine({
  id: 'round',
  context: ({ input }) => ({
    model: input.model,
    controllers: input.controllers,
    data: initialData(input.model),
    refs: {},
    streams: createStreams(input.model.seed),
  }),
  initial: 'briefing',
  on: { REPORT: { actions: 'noteReport' }, DECIDED: { actions: 'noteReport' } },
  states: {
    briefing: {
      on: { ACT: { guard: { type: 'allowed', params: { phase: 'briefing' } }, target: 'opening', actions: 'apply' } },
    },
    opening: {
      on: {
        ACT: { guard: { type: 'allowed', params: { phase: 'opening' } }, target: 'consultations', actions: 'apply' },
      },
    },
    consultations: {
      on: {
        TIME_UP: { target: 'plenary', actions: 'timeIsUp' },
        ACT: [
          {
            guard: and(['callsPlenary', { type: 'allowed', params: { phase: 'consultations' } } as const]),
            target: 'plenary',
            actions: 'apply',
          },
          { guard: { type: 'allowed', params: { phase: 'consultations' } }, actions: 'apply' },
        ],
      },
    },
    plenary: {
      entry: 'tableSoon',
      // Students give their seat's verdict; the teacher may hand a waiting seat to the AI.
      on: {
        TABLE: { actions: 'table' },
        ACT: { guard: { type: 'allowed', params: { phase: 'plenary' } }, actions: 'apply' },
      },
      always: { guard: 'everyoneDecided', target: 'outcome' },
    },
    outcome: { entry: 'conclude', type: 'final' },
  },
});

export type RoundActorRef = ActorRefFrom<typeof roundMachine>;
