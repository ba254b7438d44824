import { createI18n } from '../i18n';
import { showMenu } from './menu';
import { installProbe } from './probe';
import { applySettings, loadSettings } from './settings';
import { setLanguage, type Shell } from './shell';

/** First chunk: text, settings and the menu. The engine, Phaser and the chart come later, each in its own chunk. */
export async function boot(root: HTMLElement): Promise<void> {
  installProbe();
  const settings = loadSettings();
  applySettings(settings);
  const locale = 'en';
  setLanguage(locale);
  const i18n = await createI18n(locale);
  const shell: Shell = { i18n, t: i18n.t.bind(i18n), locale, root, settings, notice: null };
  showMenu(shell);
}
