import type { DelegationRef } from '../delegation/arrival';
import type { Controller, Statuses } from '../delegation/events';
import type { Attendance, DelegationId, Mood, SomeDelegations } from '../vocabulary';
import type { DelegationDiscrete, Discrete } from './state';

interface DelegationValue {
  readonly attendance: Attendance;
  readonly mood: Mood;
  readonly decision: DelegationDiscrete['decision'];
  readonly goals: Statuses;
}

/** A snapshot is immutable, so what is read from one is kept with it. */
const read = new WeakMap<object, DelegationDiscrete>();

function readSnapshot(snapshot: { value: unknown; context: { controller: Controller } }): DelegationDiscrete {
  let out = read.get(snapshot);
  if (out === undefined) {
    const value = snapshot.value as DelegationValue;
    out = {
      attendance: value.attendance,
      mood: value.mood,
      control: snapshot.context.controller,
      decision: value.decision,
      goals: typeof value.goals === 'object' ? value.goals : {},
    };
    read.set(snapshot, out);
  }
  return out;
}

/** The last reading of each set of actors: while no snapshot has changed, the same object comes back. */
const lastRead = new WeakMap<
  SomeDelegations<DelegationRef>,
  { readonly snapshots: readonly object[]; readonly discrete: Discrete }
>();

/** Reads the delegations' statecharts into plain data for the pure functions and the views. */
export function discreteOf(refs: SomeDelegations<DelegationRef>): Discrete {
  const ids = Object.keys(refs) as DelegationId[];
  const snapshots = ids.map((id) => refs[id]?.getSnapshot() as { value: unknown; context: { controller: Controller } });
  const last = lastRead.get(refs);
  if (last !== undefined && last.snapshots.every((s, i) => s === snapshots[i])) return last.discrete;
  const discrete: Discrete = {};
  ids.forEach((id, i) => {
    const snapshot = snapshots[i];
    if (snapshot !== undefined) discrete[id] = readSnapshot(snapshot);
  });
  lastRead.set(refs, { snapshots, discrete });
  return discrete;
}
