import { noteFrame, probe } from '../game/probe';
import type { TableEvents } from '../scenes/bus';
import { fontsFor } from '../scenes/page-text';
import type { TableHandle } from '../scenes/start-table';
import type { Speech, TableSnapshot } from '../scenes/snapshot';

/** What the page does when the player acts at the table: choose a seat, pick up a wording, make a move. */
export interface StageHandlers {
  pick(id: string): void;
  hold(choice: TableEvents['hold']): void;
  move(intent: TableEvents['move']): void;
}

let active: { readonly handle: TableHandle; readonly off: readonly (() => void)[] } | null = null;
let pending: TableSnapshot | null = null;
let generation = 0;

/** Phaser and the table scene come in their own chunk, fetched the first time a table is shown. */
export function mountStage(parent: HTMLElement, first: TableSnapshot, on: StageHandlers, onFail: () => void): void {
  unmountStage();
  const mine = ++generation;
  pending = first;
  const text = [first.hostLabel, first.draftTitle, ...first.seats.flatMap((s) => [s.name, s.moodWord])];
  void Promise.all([import('../scenes/start-table'), fontsFor(text.join(' '))])
    .then(async ([{ startTable }]) => {
      if (mine !== generation || pending === null) return;
      parent.textContent = '';
      const sent = pending;
      const handle = await startTable(parent, sent);
      if (mine !== generation) {
        handle.destroy();
        return;
      }
      // A snapshot that came while the table was starting.
      if (pending !== null && pending !== sent) handle.bus.emit('snapshot', pending);
      // The page hears the scene only on its bus: a chosen seat, a wording, a move, each frame's time.
      const off = [
        handle.bus.on('pick', ({ delegation }) => on.pick(delegation)),
        handle.bus.on('hold', (choice) => on.hold(choice)),
        handle.bus.on('move', (intent) => on.move(intent)),
        handle.bus.on('frame', ({ delta }) => noteFrame(delta)),
      ];
      active = { handle, off };
      probe.renderer = () => handle.renderer();
      probe.canvasStats = () => handle.stats();
      probe.table = () => handle.inspect();
      probe.canvasText = () => handle.labels();
    })
    .catch(onFail);
}

export function updateStage(snapshot: TableSnapshot): void {
  pending = snapshot;
  active?.handle.bus.emit('snapshot', snapshot);
}

/** Shows a line of the log in the table's bubble again. */
export function replayOnStage(speech: Speech): void {
  active?.handle.bus.emit('replay', speech);
}

export function unmountStage(): void {
  generation += 1;
  if (active !== null) {
    for (const off of active.off) off();
    active.handle.destroy();
  }
  active = null;
  pending = null;
  probe.renderer = () => null;
  probe.canvasStats = async () => null;
  probe.table = () => null;
  probe.canvasText = () => [];
}
