import { createI18n } from '../i18n';
import { showMenu } from './menu';
import { installProbe } from './probe';
import { applySettings, loadSettings } from './settings';
import { setLanguage, type Shell } from './shell';

const PAGE_LOCALES: readonly string[] = ['en', 'ru', 'ar'];

/** First chunk: text, settings and the menu. The engine, Phaser and the chart come later, each in its own chunk. */
export async function boot(root: HTMLElement): Promise<void> {
  installProbe();
  const settings = loadSettings();
  applySettings(settings);
  // `?lang=ar` or `?lang=ru` sets the page's language and direction ahead of their catalogues; until
  // those exist, i18next falls back to English text.
  const asked = new URLSearchParams(location.search).get('lang');
  const locale = asked !== null && PAGE_LOCALES.includes(asked) ? asked : 'en';
  setLanguage(locale);
  const i18n = await createI18n('en');
  const shell: Shell = { i18n, t: i18n.t.bind(i18n), locale, root, settings, notice: null };
  showMenu(shell);
}
