import { and, assign, not, or, raise, setup, stateIn } from 'xstate';
import {
  ACCEPTABLE_WORTH,
  anyBlocks,
  anyCrossed,
  marginScore,
  reservationAt,
  worthOf,
  type Goals,
} from '../model/acceptance';
import type { DelegationModel } from '../model/round-model';
import { arrivalFor, MOOD_LEVELS, recallChance, WALKOUT_PATIENCE } from '../model/temper';
import { VERDICTS, type Verdict } from '../vocabulary';
import type { Controller, DelegationEvent } from './events';
import { hearTabled, openingGoals } from './goals';

export interface DelegationContext {
  /** Who holds the seat: the AI, or students (whose decisions the chart waits for). */
  readonly controller: Controller;
  /** Its goal charts' states, each with the guard that put it there. */
  readonly goals: Goals;
  /** Static: the delegation as compiled for this round. A reference, never saved (DESIGN §7). */
  readonly model: DelegationModel;
}

export interface DelegationInput {
  readonly controller: Controller;
  readonly model: DelegationModel;
}

type Ev<T extends DelegationEvent['type']> = Extract<DelegationEvent, { type: T }>;
type Args = { readonly context: DelegationContext; readonly event: DelegationEvent };
/** Trust and patience as the event tells them; only events that carry them do. */
const standing = (e: DelegationEvent): { trust: number; patience: number } | null =>
  'trust' in e ? { trust: e.trust, patience: e.patience } : null;
const plenary = (e: DelegationEvent): Ev<'PLENARY'> | null => (e.type === 'PLENARY' ? e : null);

const distrustful = or([
  { type: 'trustBelow', params: { level: MOOD_LEVELS.distrust } },
  { type: 'patienceBelow', params: { level: WALKOUT_PATIENCE } },
]);
const warm = and([
  { type: 'trustAtLeast', params: { level: MOOD_LEVELS.warmTrust } },
  { type: 'patienceAtLeast', params: { level: MOOD_LEVELS.calmPatience } },
]);
const TO = {
  obstructive: { target: 'obstructive', guard: distrustful },
  cooperative: { target: 'cooperative', guard: warm },
  wary: { target: 'wary', guard: and([not(distrustful), not(warm)]) },
} as const;
/**
 * Each standing a delegation hears settles its mood (RULES.md MOOD-1); a mood that stays is not left and re-entered.
 */
const moodOn = (...to: (keyof typeof TO)[]) => {
  const moves = to.map((m) => TO[m]);
  return { on: { ARRIVE: moves, STANDING: moves, RECALL: moves } };
};

/** The delegation chart (DESIGN §3): attendance, mood, its goals, and the decision it reaches at the plenary. */
export const delegationChart = setup({
  types: { context: {} as DelegationContext, input: {} as DelegationInput, events: {} as DelegationEvent },
  guards: {
    /** The round file keeps it away, or it comes distrusting the mediator too much to sit down (RULES.md SEAT-1). */
    staysAway: ({ event }: Args) =>
      event.type === 'ARRIVE' && arrivalFor(event.forced ?? undefined, event.trust) === 'boycott',
    humanHeld: ({ context }: Args) => context.controller === 'human',
    seated: stateIn({ attendance: 'seated' }),
    trustBelow: ({ event }: Args, p: { level: number }) => (standing(event)?.trust ?? 100) < p.level,
    patienceBelow: ({ event }: Args, p: { level: number }) => (standing(event)?.patience ?? 100) < p.level,
    trustAtLeast: ({ event }: Args, p: { level: number }) => (standing(event)?.trust ?? 0) >= p.level,
    patienceAtLeast: ({ event }: Args, p: { level: number }) => (standing(event)?.patience ?? 0) >= p.level,
    /** A veto crossed or a red line not honoured by the text it holds: it cannot sign (RULES.md DECIDE-2). */
    redLineViolated: ({ context }: Args) => anyBlocks(context.model, context.goals),
    /**
     * A red line the text actively crosses: what walks a delegation out once its patience is gone (RULES.md WALK-1).
     */
    redLineCrossed: ({ context }: Args) => anyCrossed(context.model, context.goals),
    /** What the tabled text gains its goals at least matches what it costs them (RULES.md ACCEPT-1). */
    acceptable: ({ context, event }: Args) => {
      const e = plenary(event);
      return e !== null && worthOf(context.model, context.goals, e.draft) >= ACCEPTABLE_WORTH;
    },
    /**
     * Worth, trust and patience clear its reservation level at this hour: it signs without reservations (RULES.md
     * MARGIN-1).
     */
    clearsReservation: ({ context, event }: Args) => {
      const e = plenary(event);
      if (e === null) return false;
      const score = marginScore(context.model, worthOf(context.model, context.goals, e.draft), e.trust, e.patience);
      return score >= reservationAt(context.model.personality, e.t);
    },
    /** The roll falls under its chance of coming back (RULES.md RECALL-1). */
    recallWorks: ({ context, event }: Args) =>
      event.type === 'RECALL' &&
      event.roll < recallChance(event.trust, event.patience, anyCrossed(context.model, context.goals)),
    chose: ({ event }: Args, p: { decision: Verdict | 'walkOut' }) =>
      event.type === 'HUMAN_DECISION' && event.decision === p.decision,
    undecided: stateIn({ decision: 'undecided' }),
    /** It has not given its decision yet (undecided, or its students deliberating). */
    stillDeciding: or([stateIn({ decision: 'undecided' }), stateIn({ decision: 'awaitingHuman' })]),
  },
  actions: {
    arrive: assign({
      goals: ({ context, event }) =>
        event.type === 'ARRIVE' ? openingGoals(context.model, event.draft, []) : context.goals,
    }),
    hearTabled: assign({
      goals: ({ context, event }) =>
        event.type === 'PLENARY' ? hearTabled(context.model, context.goals, event.draft) : context.goals,
    }),
    hand: assign({ controller: ({ context, event }) => (event.type === 'HAND' ? event.to : context.controller) }),
    leave: raise({ type: 'LEAVE' }),
  },
}).createMachine({
  id: 'delegation',
  type: 'parallel',
  context: ({ input }) => ({ controller: input.controller, goals: {}, model: input.model }),
  // A draft change or a new seating goes straight to the goals that watch it (`stepDelegation`), as an
  // event to a child actor does; this chart reads their states when it next decides.
  on: { HAND: { actions: 'hand' } },
  states: {
    attendance: {
      initial: 'arriving',
      states: {
        // Its goals hear the opening draft as it comes (the seating follows once everyone has come).
        arriving: {
          on: {
            ARRIVE: [
              { target: 'boycotting', guard: 'staysAway', actions: 'arrive' },
              { target: 'seated', actions: 'arrive' },
            ],
          },
        },
        seated: {
          on: {
            // A delegation that has given its decision has nothing left to walk out of.
            STANDING: {
              target: 'walkedOut',
              guard: and([
                'stillDeciding',
                'redLineCrossed',
                { type: 'patienceBelow', params: { level: WALKOUT_PATIENCE } },
              ]),
            },
            HUMAN_DECISION: {
              target: 'walkedOut',
              guard: and([{ type: 'chose', params: { decision: 'walkOut' as const } }, 'undecided']),
            },
            LEAVE: 'walkedOut',
          },
        },
        boycotting: { on: { RECALL: { target: 'seated', guard: 'recallWorks' } } },
        walkedOut: { on: { RECALL: { target: 'seated', guard: 'recallWorks' } } },
      },
    },
    mood: {
      initial: 'wary',
      states: {
        cooperative: moodOn('obstructive', 'wary'),
        wary: moodOn('obstructive', 'cooperative'),
        obstructive: moodOn('cooperative', 'wary'),
      },
    },
    decision: {
      initial: 'undecided',
      states: {
        // Its goals hear the tabled text first (a red line left out is now violated), then it deliberates.
        undecided: { on: { PLENARY: { target: 'deliberating', guard: 'seated', actions: 'hearTabled' } } },
        awaitingHuman: {
          on: {
            // Students deliberating over a text that crosses their red line may still leave the room: leaving is their
            // decision.
            STANDING: {
              target: 'walkedOut',
              guard: and(['seated', 'redLineCrossed', { type: 'patienceBelow', params: { level: WALKOUT_PATIENCE } }]),
            },
            HUMAN_DECISION: [
              { target: 'walkedOut', guard: { type: 'chose', params: { decision: 'walkOut' } }, actions: 'leave' },
              ...VERDICTS.map((v) => ({ target: v, guard: { type: 'chose' as const, params: { decision: v } } })),
            ],
            // Handed to the AI while the plenary waits: it deliberates as any AI seat does.
            PLENARY: { target: 'deliberating', guard: not('humanHeld'), actions: 'hearTabled' },
          },
        },
        // The goals have heard the tabled text by now (a region's actions run before eventless transitions).
        deliberating: {
          always: [
            { target: 'awaitingHuman', guard: 'humanHeld' },
            {
              target: 'walkedOut',
              guard: and(['redLineCrossed', { type: 'patienceBelow', params: { level: WALKOUT_PATIENCE } }]),
              actions: 'leave',
            },
            { target: 'refuses', guard: 'redLineViolated' },
            { target: 'signs', guard: and(['acceptable', 'clearsReservation']) },
            { target: 'reserves', guard: 'acceptable' },
            { target: 'refuses', guard: not('acceptable') },
          ],
        },
        signs: {},
        reserves: {},
        refuses: {},
        walkedOut: {},
      },
    },
  },
});

export type DelegationChart = typeof delegationChart;
