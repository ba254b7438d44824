import { onLeave } from './shell';

/** A chart that can be taken down (uPlot). */
interface Destroyable {
  destroy(): void;
}

export interface ChartLife {
  /** The screen went while the charts' library was loading: make none. */
  readonly gone: boolean;
  keep(...charts: Destroyable[]): void;
}

/**
 * Charts live as long as the screen that shows them. uPlot listens on the window (resize, scroll, the pixel
 * ratio) until it is destroyed, and those listeners kept every past debrief's charts, tables and flags in
 * memory: 20 rounds grew the heap by several megabytes (issue 17). Call while the chart's screen is shown.
 */
export function chartLife(): ChartLife {
  const kept: Destroyable[] = [];
  let gone = false;
  onLeave(() => {
    gone = true;
    for (const chart of kept.splice(0)) chart.destroy();
  });
  return {
    get gone() {
      return gone;
    },
    keep(...charts) {
      kept.push(...charts);
    },
  };
}
