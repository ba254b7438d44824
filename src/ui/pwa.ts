import { registerSW } from 'virtual:pwa-register';
import { el } from './dom';
import { probe, type Screen } from '../game/probe';
import type { Shell } from './shell';

/** Screens outside any round: taking a new version there, with a reload, loses nothing and interrupts nothing. */
const BETWEEN_ROUNDS: readonly Screen[] = ['loading', 'menu', 'settings', 'sources', 'content-note', 'campaign'];

const between = (): boolean => BETWEEN_ROUNDS.includes(probe.screen) && probe.phase() === null;

let note: HTMLElement | null = null;

/**
 * A note above the screens, in the page's flow (it covers nothing), kept when the next screen is drawn. A note that
 * only informs goes by itself after a while; the one about a new version stays until closed.
 */
function announce(shell: Shell, text: string, lasting: boolean): void {
  note?.remove();
  const close = el('button', shell.t('ui.update.dismiss'), { type: 'button', class: 'app-note-close' });
  const status = el('p', null, { role: 'status' });
  const aside = el('aside', null, { class: 'app-note', 'aria-label': shell.t('ui.update.label') }, [status, close]);
  close.addEventListener('click', () => aside.remove());
  document.body.prepend(aside);
  note = aside;
  // Filled once the status is on the page, so that screen readers announce it.
  setTimeout(() => (status.textContent = text), 100);
  if (lasting) return;
  // A note that only informs goes after a while, or as soon as a round's screens begin: it never moves the table.
  const gone = (): void => {
    aside.remove();
    clearInterval(watch);
    clearTimeout(timer);
  };
  const watch = setInterval(() => !between() && gone(), 250);
  const timer = setTimeout(gone, 12_000);
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
      if (registered) announce(shell, shell.t('ui.update.ready'), true);
      else waitingAtLoad = true;
    },
    onRegisteredSW: (_url, registration) => {
      registered = true;
      // A version that was already waiting when the page loaded came in an earlier visit: this load takes it.
      if (!waitingAtLoad && (registration?.waiting ?? null) === null) return;
      if (between()) void update(true);
      else announce(shell, shell.t('ui.update.ready'), true);
    },
    // Said between rounds only: in a round the note would push the table down under the player's pointer.
    onOfflineReady: () => between() && announce(shell, shell.t('ui.update.offlineReady'), false),
  });
}
