import type { RoundView } from '../client';

/** What `window.__astana` reports to tests and benchmarks; the screens fill it in as they change. */
export type Screen =
  | 'loading'
  | 'menu'
  | 'settings'
  | 'sources'
  | 'briefing'
  | 'table'
  | 'plenary'
  | 'debrief'
  | 'classroom'
  | 'handover'
  | 'role-cards'
  | 'reports'
  | 'content-note'
  | 'campaign'
  | 'join'
  | 'classroom-room'
  | 'seat'
  | 'projector';

interface Probe {
  screen: Screen;
  phase: () => string | null;
  stateId: () => number | null;
  saveBytes: () => number;
  renderer: () => string | null;
  canvasStats: () => Promise<{ width: number; height: number; distinct: number; variance: number } | null>;
  /**
   * Where the table draws its seats, labels, bubble and controls (canvas pixels), while a table is shown: the
   * scene's TableInspection (src/scenes/inspection.ts), which the navigation does not import.
   */
  table: () => unknown;
  /** Every seat's view of the open round, as the host delivers them (tests compare carriers with it). */
  views: () => Promise<readonly RoundView[] | null>;
  /** Waiting for the host or for a screen's chunk: what the page shows may still change. */
  busy: () => boolean;
  /** The table's labels as drawn on its canvas: text and box. */
  canvasText: () => { text: string; x: number; y: number; w: number; h: number }[];
}

/** Twenty seconds at 60 fps: the bench reads ten seconds of the table at once. */
const FRAMES = 1200;
const frames: number[] = [];

export const probe: Probe = {
  screen: 'loading',
  phase: () => null,
  stateId: () => null,
  saveBytes: () => 0,
  renderer: () => null,
  canvasStats: async () => null,
  table: () => null,
  views: async () => null,
  busy: () => tracked > 0,
  canvasText: () => [],
};

let tracked = 0;

/** Counts `work` as busy until it settles: screen chunks loading, the navigation waiting for a view. */
export function track<T>(work: Promise<T>): Promise<T> {
  tracked += 1;
  return work.finally(() => {
    tracked -= 1;
  });
}

/** Called on every frame of the table scene (through its bus) with Phaser's frame delta. */
export function noteFrame(delta: number): void {
  frames.push(delta);
  // Trimmed in batches: shifting a 1,200-long array every frame is work on the hottest path.
  if (frames.length > 2 * FRAMES) frames.splice(0, frames.length - FRAMES);
}

export function installProbe(): void {
  const api = {
    frameTimes: (): number[] => frames.slice(-FRAMES),
    resetFrames: (): void => {
      frames.length = 0;
    },
    saveBytes: (): number => probe.saveBytes(),
    state: () => ({ screen: probe.screen, phase: probe.phase(), stateId: probe.stateId(), busy: probe.busy() }),
    renderer: (): string | null => probe.renderer(),
    canvasStats: () => probe.canvasStats(),
    table: () => probe.table(),
    views: () => probe.views(),
    canvasText: () => probe.canvasText(),
  };
  // The name tests and benchmarks look for.
  Reflect.set(window, '__astana', api);
}
