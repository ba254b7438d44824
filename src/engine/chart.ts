import { createActor, type AnyActorScope, type AnyStateMachine, type EventFromLogic, type SnapshotFrom } from 'xstate';

/**
 * Pure steps of a statechart. xstate's own `transition()` builds a throwaway actor on every call
 * (about 13 µs); the machines of this engine spawn nothing, invoke nothing and run no side effects
 * (their actions are `assign` and `raise`, which xstate resolves into the next snapshot), so one inert
 * scope per machine does (about 2 µs a step). Same snapshot and event in, same snapshot out.
 */
const scopes = new WeakMap<AnyStateMachine, AnyActorScope>();
const nothing = (): void => undefined;

function scopeOf(machine: AnyStateMachine): AnyActorScope {
  let scope = scopes.get(machine);
  if (scope === undefined) {
    const self = createActor(machine);
    scope = {
      self,
      id: '',
      sessionId: '',
      logger: nothing,
      defer: nothing,
      emit: nothing,
      system: self.system,
      stopChild: nothing,
      // xstate hands a raise here too (with nothing left to do); anything else would be a side effect.
      actionExecutor: (action) => {
        if (!action.type.startsWith('xstate.'))
          throw new Error(`${machine.id}: a chart ran "${action.type}", an action that is not assign or raise`);
      },
    };
    scopes.set(machine, scope);
  }
  return scope;
}

/** xstate keeps a guard's or an action's exception in the snapshot; an engine bug must not pass for a quiet no-op. */
function checked<S extends { status: string; error?: unknown }>(snapshot: S): S {
  if (snapshot.status === 'error') throw snapshot.error;
  return snapshot;
}

/** The snapshot a machine starts in. */
export const initialOf = <M extends AnyStateMachine>(machine: M, input?: unknown): SnapshotFrom<M> =>
  checked(machine.getInitialSnapshot(scopeOf(machine), input)) as SnapshotFrom<M>;

/** The snapshot after one event: the machine's own transition, guards and assigns, nothing run outside it. */
export const stepChart = <M extends AnyStateMachine>(
  machine: M,
  snapshot: SnapshotFrom<M>,
  event: EventFromLogic<M>,
): SnapshotFrom<M> => checked(machine.transition(snapshot, event, scopeOf(machine))) as SnapshotFrom<M>;

/**
 * The same snapshot with another context: what `resolveChart` gives for the same state value, without
 * working the state nodes out again. A machine snapshot is a plain object (xstate builds it as one and
 * clones it by spreading), so its value, nodes and methods carry over; tests step both and compare.
 */
export const withContext = <S extends { context: unknown }>(snapshot: S, context: S['context']): S => ({
  ...snapshot,
  context,
});

/** A snapshot rebuilt from plain data (a state value and a context), as a saved round holds it. */
export const resolveChart = <M extends AnyStateMachine>(
  machine: M,
  value: SnapshotFrom<M>['value'],
  context: SnapshotFrom<M>['context'],
): SnapshotFrom<M> => machine.resolveState({ value, context }) as SnapshotFrom<M>;
