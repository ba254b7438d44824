import { probe } from '../game/probe';
import type { Shell } from '../game/shell';
import { el } from './dom';

/** How long the page may wait for the host before it says so (a move takes a few milliseconds). */
const SAY_AFTER_MS = 400;

/**
 * A note that appears while the page has waited a while for the engine's worker (its first load on a slow
 * phone, a long replay), so a press that seems to do nothing is not pressed again; it goes when the answer comes.
 */
export function busyNote(shell: Shell): void {
  const note = el('p', shell.t('ui.waitingForEngine'), { class: 'busy-note', role: 'status', hidden: true });
  document.body.append(note);
  let since: number | null = null;
  setInterval(() => {
    const busy = probe.busy();
    if (!busy) since = null;
    else since ??= performance.now();
    const show = since !== null && performance.now() - since >= SAY_AFTER_MS;
    if (note.hidden === show) note.hidden = !show;
  }, 200);
}
