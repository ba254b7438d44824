import { and, assign, not, or, sendParent, setup, stateIn } from 'xstate';
import type { CompiledGoal } from '../model/goals';
import type { DelegationModel } from '../model/round-model';
import { GOAL_STATUSES, MOODS, VERDICTS, type DelegationId, type Verdict } from '../vocabulary';
import type { Controller, DelegationEvent, DelegationReport, ReportWhat } from './events';

export interface DelegationContext {
  readonly id: DelegationId;
  /** Who holds the seat: the AI policy, or students (whose decisions the machine waits for). */
  readonly controller: Controller;
}
export interface DelegationInput {
  readonly id: DelegationId;
  readonly controller: Controller;
}

type Decided = Extract<DelegationReport, { type: 'DECIDED' }>['decision'];
const report = (what: ReportWhat) => ({ type: 'report', params: { what } }) as const;
const decided = (decision: Decided) => ({ type: 'decided', params: { decision } }) as const;

/**
 * Goals with a condition that holds or not get a region of their own. A `prefers` goal is a weighted
 * utility over wordings, with no state to be in: it stays in the pure functions.
 */
export const hasRegion = (goal: CompiledGoal): boolean => goal.kind !== 'prefers';

/** The one setup every delegation shares (DESIGN §3); its goals shape the goal regions. */
export const delegationSetup = setup({
  types: {
    context: {} as DelegationContext,
    input: {} as DelegationInput,
    events: {} as DelegationEvent,
  },
  actions: {
    report: sendParent(
      ({ context }, params: { what: ReportWhat }): DelegationReport => ({
        type: 'REPORT',
        delegation: context.id,
        what: params.what,
      }),
    ),
    decided: sendParent(
      ({ context }, params: { decision: Decided }): DelegationReport => ({
        type: 'DECIDED',
        delegation: context.id,
        decision: params.decision,
      }),
    ),
  },
  guards: {
    boycotts: ({ event }) => event.type === 'ARRIVE' && event.boycott,
    recallWorks: ({ event }) => event.type === 'RECALL' && event.success,
    walksOut: ({ event }) => event.type === 'PLENARY' && event.walksOut,
    verdictIs: ({ event }, params: { verdict: Verdict }) =>
      (event.type === 'PLENARY' && !event.walksOut && event.verdict === params.verdict) ||
      (event.type === 'HUMAN_DECISION' && event.decision === params.verdict),
    choosesWalkOut: ({ event }) => event.type === 'HUMAN_DECISION' && event.decision === 'walkOut',
    seated: stateIn({ attendance: 'seated' }),
    human: ({ context }) => context.controller === 'human',
  },
});

const verdictIs = (verdict: Verdict) => ({ type: 'verdictIs', params: { verdict } }) as const;

const moodRegion = {
  initial: 'wary' as const,
  states: Object.fromEntries(
    MOODS.map((m) => [
      m,
      { on: Object.fromEntries(MOODS.filter((to) => to !== m).map((to) => [`mood.${to}`, { target: to }])) },
    ]),
  ),
};

function goalRegion(goalId: string) {
  return {
    initial: 'unmet' as const,
    states: Object.fromEntries(
      GOAL_STATUSES.map((s) => [
        s,
        {
          on: {
            [`goal.${goalId}`]: GOAL_STATUSES.filter((to) => to !== s).map((to) => ({
              target: to,
              guard: ({ event }: { event: DelegationEvent }) => 'status' in event && event.status === to,
            })),
          },
        },
      ]),
    ),
  };
}

const cache = new Map<string, ReturnType<typeof buildMachine>>();

/** What the statechart of a delegation depends on: its id, its regioned goals and which are red lines. */
export const machineKey = (model: DelegationModel): string =>
  `${model.id}|${model.goals
    .filter(hasRegion)
    .map((g) => `${g.id}${g.hard ? '!' : ''}`)
    .join(',')}`;

/** The statechart for a delegation, shared by every round whose delegation has the same goals. */
export function delegationMachine(model: DelegationModel) {
  const key = machineKey(model);
  let machine = cache.get(key);
  if (machine === undefined) {
    machine = buildMachine(model);
    cache.set(key, machine);
  }
  return machine;
}

function buildMachine(model: DelegationModel) {
  const regioned = model.goals.filter(hasRegion);
  const redLines = regioned.filter((g) => g.hard).map((g) => stateIn({ goals: { [g.id]: 'violated' } }));
  // A delegation with no red line never walks out on its own.
  const redLineCrossed = redLines.length === 0 ? () => false : or(redLines);
  // Seated and AI-held: the human case is caught by the transition before these.
  const aiDecisionWhenSeated = [
    { target: 'walkedOut', guard: and(['walksOut', 'seated']), actions: decided('walkedOut') },
    ...VERDICTS.map((v) => ({ target: v, guard: and([verdictIs(v), 'seated']), actions: decided(v) })),
  ];
  // Waiting for students, then handed to the AI by the teacher.
  const aiDecisionAfterHandOver = [
    { target: 'walkedOut', guard: and(['walksOut', not('human')]), actions: decided('walkedOut') },
    ...VERDICTS.map((v) => ({ target: v, guard: and([verdictIs(v), not('human')]), actions: decided(v) })),
  ];
  const recall = [
    { target: 'seated', guard: 'recallWorks', actions: report('returned') },
    { actions: report('recallFailed') },
  ] as const;
  return delegationSetup.createMachine({
    id: model.id,
    type: 'parallel',
    context: ({ input }) => ({ id: input.id, controller: input.controller }),
    // A hand-over is data, not a region: an always-on region would be re-checked after every event.
    on: { HAND: { actions: assign({ controller: ({ event }) => (event.type === 'HAND' ? event.to : 'ai') }) } },
    states: {
      attendance: {
        initial: 'arriving',
        states: {
          arriving: {
            on: {
              ARRIVE: [
                { target: 'boycotting', guard: 'boycotts', actions: report('boycotting') },
                { target: 'seated', actions: report('seated') },
              ],
            },
          },
          seated: {
            on: {
              PATIENCE_GONE: { target: 'walkedOut', guard: redLineCrossed, actions: report('walkedOut') },
              PLENARY: { target: 'walkedOut', guard: and([not('human'), 'walksOut']) },
              // Leaving during the talks is news for the round; at the plenary the decision region says it.
              HUMAN_DECISION: [
                {
                  target: 'walkedOut',
                  guard: and(['choosesWalkOut', stateIn({ decision: 'undecided' })]),
                  actions: report('walkedOut'),
                },
                { target: 'walkedOut', guard: 'choosesWalkOut' },
              ],
            },
          },
          boycotting: { on: { RECALL: [...recall] } },
          walkedOut: { on: { RECALL: [...recall] } },
        },
      },
      mood: moodRegion,
      // A delegation with no regioned goal keeps an empty, atomic goals region.
      goals:
        regioned.length === 0
          ? {}
          : { type: 'parallel', states: Object.fromEntries(regioned.map((g) => [g.id, goalRegion(g.id)])) },
      decision: {
        initial: 'undecided',
        states: {
          undecided: {
            on: {
              PLENARY: [
                { target: 'awaitingHuman', guard: and(['seated', 'human']), actions: report('awaitingHuman') },
                ...aiDecisionWhenSeated,
              ],
            },
          },
          awaitingHuman: {
            on: {
              // Students deliberating over a text that crosses their red line may still leave the room.
              PATIENCE_GONE: {
                target: 'walkedOut',
                guard: and(['seated', redLineCrossed]),
                actions: decided('walkedOut'),
              },
              HUMAN_DECISION: [
                { target: 'walkedOut', guard: 'choosesWalkOut', actions: decided('walkedOut') },
                ...VERDICTS.map((v) => ({ target: v, guard: verdictIs(v), actions: decided(v) })),
              ],
              PLENARY: aiDecisionAfterHandOver,
            },
          },
          signs: {},
          reserves: {},
          refuses: {},
          walkedOut: {},
        },
      },
    },
  });
}

export type DelegationMachine = ReturnType<typeof buildMachine>;
