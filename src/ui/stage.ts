import { noteFrame, probe } from '../game/probe';
import { fontsFor } from '../scenes/page-text';
import type { TableHandle } from '../scenes/start-table';
import type { TableSnapshot } from '../scenes/snapshot';

let active: { readonly handle: TableHandle; readonly off: readonly (() => void)[] } | null = null;
let pending: TableSnapshot | null = null;
let generation = 0;

/** Phaser and the table scene come in their own chunk, fetched the first time a table is shown. */
export function mountStage(
  parent: HTMLElement,
  first: TableSnapshot,
  onPick: (id: string) => void,
  onFail: () => void,
): void {
  unmountStage();
  const mine = ++generation;
  pending = first;
  const text = [first.hostLabel, first.draftTitle, first.clock, ...first.seats.flatMap((s) => [s.name, s.moodWord])];
  void Promise.all([import('../scenes/start-table'), fontsFor(text.join(' '))])
    .then(([{ startTable }]) => {
      if (mine !== generation || pending === null) return;
      parent.textContent = '';
      const handle = startTable(parent, pending);
      // The page hears the scene only on its bus: a picked seat and each frame's time.
      const off = [
        handle.bus.on('pick', ({ delegation }) => onPick(delegation)),
        handle.bus.on('frame', ({ delta }) => noteFrame(delta)),
      ];
      active = { handle, off };
      probe.renderer = () => handle.renderer();
      probe.canvasStats = () => handle.stats();
      probe.canvasText = () => handle.labels();
    })
    .catch(onFail);
}

export function updateStage(snapshot: TableSnapshot): void {
  pending = snapshot;
  active?.handle.bus.emit('snapshot', snapshot);
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
  probe.canvasText = () => [];
}
