import { createI18n, isLocale, preferredLocale, type Locale } from '../i18n';
import { showMenu } from './menu';
import { installProbe } from './probe';
import { applySettings, loadSettings } from './settings';
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

/** First chunk: text, settings and the menu. The engine, Phaser and the chart come later, each in its own chunk. */
export async function boot(root: HTMLElement): Promise<void> {
  installProbe();
  const settings = loadSettings();
  applySettings(settings);
  const locale = pageLocale(settings.language);
  const i18n = await createI18n(locale);
  const shell: Shell = { i18n, t: i18n.t.bind(i18n), locale, root, settings, notice: null };
  setLanguage(shell, locale);
  showMenu(shell);
  // Offline after the first visit: the built game only (the dev server has no service worker), in its own chunk.
  // MODE, not PROD: a build made under the test runner (NODE_ENV=test) is still the built game.
  if (import.meta.env.MODE === 'production' && 'serviceWorker' in navigator)
    void import('./pwa').then((pwa) => pwa.watchForUpdates(shell));
}
