import type { MoveKind, Speech, TableSnapshot } from './snapshot';

/** Every scene's key: scenes are started and found by these, never by a string typed elsewhere. */
export const SCENE_KEYS = { table: 'table' } as const;
export type SceneKey = (typeof SCENE_KEYS)[keyof typeof SCENE_KEYS];

/** All the page and the table scene say to each other (STYLE #12): data only, never a scene object. */
export interface TableEvents {
  /** Page → scene: what to draw now, text already translated. */
  snapshot: TableSnapshot;
  /** Page → scene: show this line of the log in the bubble again (the log's replay button). */
  replay: Speech;
  /** Scene → page: a seat was clicked or tapped; it becomes the chosen delegation. */
  pick: { readonly delegation: string };
  /** Scene → page: a wording was picked up from the clause tray. */
  hold: { readonly clause: string; readonly strength: number };
  /**
   * Scene → page: a move chosen at the table. The page makes it exactly as the panel's button of the same kind,
   * with the wording in hand, asking first where the panel would.
   */
  move: { readonly kind: MoveKind; readonly delegation?: string; readonly to?: string };
  /** Scene → page: one game-loop step and its delta in milliseconds, for the frame-time probe. */
  frame: { readonly delta: number };
}

type Listener<E, K extends keyof E> = (payload: E[K]) => void;

/** A typed event bus: one per table, emptied when the table goes. */
export class Bus<E> {
  private readonly listeners = new Map<keyof E, Set<(payload: never) => void>>();

  /** Listens for `event`; the returned function stops listening. */
  on<K extends keyof E>(event: K, listener: Listener<E, K>): () => void {
    let set = this.listeners.get(event);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener as (payload: never) => void);
    return () => void this.listeners.get(event)?.delete(listener as (payload: never) => void);
  }

  emit<K extends keyof E>(event: K, payload: E[K]): void {
    const set = this.listeners.get(event);
    if (set === undefined) return;
    // A copy: a listener may stop listening while it is called.
    for (const listener of Array.from(set)) (listener as Listener<E, K>)(payload);
  }

  /** How many listeners are left (a scene that shut down leaves none of its own). */
  count(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  clear(): void {
    this.listeners.clear();
  }
}

export type TableBus = Bus<TableEvents>;
