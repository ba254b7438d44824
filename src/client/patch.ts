import type { RoundView } from '../engine/view';

type Key = keyof RoundView;

/**
 * The change between two views of one seat (STYLE (a) 3: diff views, not state): fields that changed, and
 * for lists that only grew (the log, the draft's versions) just the new items. Taken between two filtered
 * views, so a patch never carries what the seat's view did not.
 */
export interface ViewPatch {
  readonly set: Partial<Record<Key, unknown>>;
  readonly append: Partial<Record<Key, readonly unknown[]>>;
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

export function diffView(before: RoundView, after: RoundView): ViewPatch {
  const set: Partial<Record<Key, unknown>> = {};
  const append: Partial<Record<Key, readonly unknown[]>> = {};
  for (const key of Object.keys(after) as Key[]) {
    const was: unknown = before[key];
    const now: unknown = after[key];
    if (same(was, now)) continue;
    if (Array.isArray(was) && Array.isArray(now) && now.length > was.length && was.every((x, i) => same(x, now[i])))
      append[key] = now.slice(was.length);
    else set[key] = now;
  }
  return { set, append };
}

export function applyPatch(view: RoundView, patch: ViewPatch): RoundView {
  const next: Record<string, unknown> = { ...view, ...patch.set };
  for (const [key, items] of Object.entries(patch.append)) {
    const was = next[key];
    next[key] = [...(Array.isArray(was) ? was : []), ...(items ?? [])];
  }
  return next as unknown as RoundView;
}
