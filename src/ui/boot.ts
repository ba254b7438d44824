import { Client, startWorkerHost } from '../client';
import { createNavigation } from '../game/navigation';
import { installProbe, probe, track } from '../game/probe';
import { savedBytes } from '../game/saves';
import type { LazyScreens, Screens } from '../game/screens';
import { loadSettings } from '../game/settings';
import type { i18n } from 'i18next';
import { createI18n, directionOf, ENDONYMS, isLocale, preferredLocale, type Locale } from '../i18n';
import { confirmDialog } from './confirm';
import { showContentNote } from './content-note';
import { busyNote } from './busy-note';
import { el } from './dom';
import { download } from './download';
import { showMenu } from './menu';
import { showSettings } from './settings-screen';
import { applySettings } from './settings';
import { setLanguage, type Shell } from './shell';

/**
 * The page's language: `?lang=ru` when a link asks for one, else the one chosen in Settings, else the first of
 * the browser's languages the game speaks.
 */
export function pageLocale(chosen: Locale | null): Locale {
  const asked = new URLSearchParams(location.search).get('lang');
  if (isLocale(asked)) return asked;
  return chosen ?? preferredLocale(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

/**
 * First chunk: text, settings, the menu and the client. The engine runs in a Web Worker started here and
 * loaded while the menu is already usable; the round's screens, Phaser and the charts come later, each in
 * a chunk of its own.
 */
export async function boot(root: HTMLElement): Promise<void> {
  installProbe();
  probe.saveBytes = savedBytes;
  // The page is the device that runs the round, so it speaks to its own host as the teacher: it may watch
  // every seat, and each screen shows only the seat's view it is for.
  const client = new Client(startWorkerHost(), 'teacher');
  const tracking = probe.busy;
  probe.busy = () => client.busy || tracking();
  const settings = loadSettings();
  applySettings(settings);
  let locale = pageLocale(settings.language);
  // The page's direction at once, ahead of the catalogue: a right-to-left page never flashes left to right.
  document.documentElement.dir = directionOf(locale);
  let i18n: i18n;
  let failed: Locale | null = null;
  try {
    i18n = await createI18n(locale);
  } catch {
    // Its catalogue could not be fetched (offline before it was ever kept): English, and the menu says why.
    failed = locale;
    locale = 'en';
    i18n = await createI18n('en');
  }
  // A phone's first seconds: give the browser the thread between reading the catalogue and drawing the menu,
  // so neither makes a long task on its own.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const notice = failed === null ? null : i18n.t('ui.settings.languageFailed', { language: ENDONYMS[failed] });
  const shell: Shell = { i18n, t: i18n.t.bind(i18n), locale, root, client, settings, notice };
  setLanguage(shell, locale);
  const navigation = createNavigation(shell, lazyScreens(shell), { confirm: confirmDialog, download });
  // The QR code's address opens the join screen with the room's code filled in.
  const join = new URLSearchParams(location.search).get('join');
  if (join !== null) navigation.join(join);
  else navigation.menu();
  busyNote(shell);
  // Offline after the first visit: the built game only (the dev server has no service worker), in its own chunk.
  // MODE, not PROD: a build made under the test runner (NODE_ENV=test) is still the built game.
  if (import.meta.env.MODE === 'production' && 'serviceWorker' in navigator)
    void import('./pwa').then((pwa) => pwa.watchForUpdates(shell));
}

/** The menu, settings and content note are here; every other screen is in one chunk fetched on first use. */
function lazyScreens(shell: Shell): LazyScreens {
  const later = <K extends keyof Screens>(name: K) =>
    ((...args: Parameters<Screens[K]>) =>
      track(import('./screens'))
        .then((m) => (m.SCREENS[name] as (...a: Parameters<Screens[K]>) => void)(...args))
        .catch(() => {
          // Offline after an update, or a chunk the server no longer has: say so rather than freeze.
          shell.root.prepend(el('p', shell.t('ui.chunkFailed'), { class: 'notice', role: 'alert' }));
        })) as LazyScreens[K];
  return {
    menu: showMenu,
    settings: showSettings,
    contentNote: showContentNote,
    sources: later('sources'),
    classroomSetup: later('classroomSetup'),
    campaign: later('campaign'),
    briefing: later('briefing'),
    table: later('table'),
    plenary: later('plenary'),
    debrief: later('debrief'),
    handover: later('handover'),
    printCards: later('printCards'),
    reports: later('reports'),
    classroomRoom: later('classroomRoom'),
    join: later('join'),
    seatDevice: later('seatDevice'),
    projector: later('projector'),
  };
}
