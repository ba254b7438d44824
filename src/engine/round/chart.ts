import { and, assign, setup } from 'xstate';
import type { Action } from '../actions';
import type { RoundModel } from '../model/round-model';
import type { Phase } from '../vocabulary';
import { applyAction } from './apply';
import { stepDelegation } from '../delegation/step';
import { entry, type Ctx } from './context';
import { conclude, table } from './plenary';
import { limitOf, refusalFor } from './refusal';
import type { Discrete, RoundData } from './state';
import { openStreams, type RngState } from './streams';

export interface RoundContext {
  /** Static: the compiled round. A reference, never saved (DESIGN §7). */
  readonly model: RoundModel;
  readonly data: RoundData;
  readonly delegations: Discrete;
  readonly rng: RngState;
}

export type RoundEvent = { readonly type: 'ACT'; readonly action: Action };
type Args = { readonly context: RoundContext; readonly event: RoundEvent };

/** Runs a pure round function with this step's streams, and saves their state back into the context. */
function withStreams(context: RoundContext, run: (ctx: Ctx) => Pick<RoundContext, 'data' | 'delegations'>) {
  const streams = openStreams(context.model.seed, context.rng);
  const out = run({ model: context.model, streams, delegate: stepDelegation });
  return { data: out.data, delegations: out.delegations, rng: streams.close() };
}

/** The round chart (DESIGN §3): it owns the phases and the clock; every step's arithmetic is a pure function. */
export const roundChart = setup({
  types: { context: {} as RoundContext, events: {} as RoundEvent, input: {} as RoundContext },
  guards: {
    allowed: ({ context, event }: Args, p: { phase: Phase }) =>
      refusalFor(context.model, context.data, context.delegations, p.phase, event.action) === null,
    callsPlenary: ({ event }: Args) => event.action.type === 'plenary',
    timeUp: ({ context }: Args) => context.data.minute >= limitOf(context.model, context.data),
    everyoneDecided: ({ context }: Args) => context.data.awaiting?.length === 0,
  },
  actions: {
    apply: assign(({ context, event }) => withStreams(context, (ctx) => applyAction(ctx, context, event.action))),
    timeIsUp: assign(({ context }) => ({
      data: { ...context.data, log: [...context.data.log, entry(context.data.minute, 'log.timeUp', {}, 'bad')] },
    })),
    table: assign(({ context }) => withStreams(context, (ctx) => table(ctx, context))),
    conclude: assign(({ context }) => ({ data: conclude(context.model, context) })),
  },
}).createMachine({
  id: 'round',
  context: ({ input }) => input,
  initial: 'briefing',
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
      // After the action (and the walk-outs it set off), the clock's verdict.
      always: { guard: 'timeUp', target: 'plenary', actions: 'timeIsUp' },
      on: {
        ACT: [
          {
            guard: and(['callsPlenary', { type: 'allowed', params: { phase: 'consultations' as const } }]),
            target: 'plenary',
            actions: 'apply',
          },
          { guard: { type: 'allowed', params: { phase: 'consultations' } }, actions: 'apply' },
        ],
      },
    },
    plenary: {
      entry: 'table',
      // Students give their seat's verdict; the teacher may hand a waiting seat to the AI.
      on: { ACT: { guard: { type: 'allowed', params: { phase: 'plenary' } }, actions: 'apply' } },
      always: { guard: 'everyoneDecided', target: 'outcome' },
    },
    outcome: { entry: 'conclude', type: 'final' },
  },
});

export type RoundChart = typeof roundChart;
