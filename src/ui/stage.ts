import { fontsFor } from '../scenes/page-text';
import type { TableHandle } from '../scenes/start-table';
import type { TableSnapshot } from '../scenes/snapshot';
import { probe } from './probe';

let active: TableHandle | null = null;
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
      active = startTable(parent, pending);
      active.onPick(onPick);
      const handle = active;
      probe.renderer = () => handle.renderer();
      probe.canvasStats = () => handle.stats();
    })
    .catch(onFail);
}

export function updateStage(snapshot: TableSnapshot): void {
  pending = snapshot;
  active?.show(snapshot);
}

export function unmountStage(): void {
  generation += 1;
  active?.destroy();
  active = null;
  pending = null;
  probe.renderer = () => null;
  probe.canvasStats = async () => null;
  probe.canvasText = () => [];
}
