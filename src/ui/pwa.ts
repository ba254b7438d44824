import { registerSW } from 'virtual:pwa-register';
import { el } from './dom';
import { probe, type Screen } from './probe';
import type { Shell } from './shell';

/** Screens outside any round: taking a new version there, with a reload, loses nothing and interrupts nothing. */
const BETWEEN_ROUNDS: readonly Screen[] = ['loading', 'menu', 'settings', 'sources', 'content-note', 'campaign'];

const between = (): boolean => BETWEEN_ROUNDS.includes(probe.screen) && probe.phase() === null;

let note: HTMLElement | null = null;

/** A note at the foot of the page, outside the screens, so that drawing the next screen does not take it away. */
function announce(shell: Shell, text: string): void {
  note?.remove();
  const close = el('button', shell.t('ui.help.close'), { type: 'button', class: 'app-note-close' });
  const aside = el('aside', null, { class: 'app-note', 'aria-label': shell.t('ui.update.label') }, [
    el('p', null, { role: 'status' }),
    close,
  ]);
  close.addEventListener('click', () => aside.remove());
  document.body.append(aside);
  note = aside;
  // Filled once the status is on the page, so that screen readers announce it.
  setTimeout(() => {
    const status = aside.querySelector('p');
    if (status !== null) status.textContent = text;
  }, 100);
}

/**
 * The service worker (vite-plugin-pwa, Workbox) keeps every built file on the device after the first visit. A new
 * version waits: found during a round, it is announced and taken the next time the game is opened; found when the
 * game opens, before any round has started, it is taken at once (one reload of the menu).
 */
export function watchForUpdates(shell: Shell): void {
  let registered = false;
  let waitingAtLoad = false;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => {
      if (registered) announce(shell, shell.t('ui.update.ready'));
      else waitingAtLoad = true;
    },
    onRegisteredSW: (_url, registration) => {
      registered = true;
      // A version that was already waiting when the page loaded came in an earlier visit: this load takes it.
      if (!waitingAtLoad && (registration?.waiting ?? null) === null) return;
      if (between()) void update(true);
      else announce(shell, shell.t('ui.update.ready'));
    },
    onOfflineReady: () => announce(shell, shell.t('ui.update.offlineReady')),
  });
}
