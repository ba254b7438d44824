import type { i18n, TFunction } from 'i18next';
import { directionOf, type Locale } from '../i18n';
import { focusHeading } from './dom';
import { probe, type Screen } from './probe';
import type { Settings } from './settings';
import { unmountStage } from './stage';

/** What every screen needs: the text catalogue, the settings and the one place screens are drawn. */
export interface Shell {
  readonly i18n: i18n;
  readonly t: TFunction;
  /** The page's language; Settings may change it, and the next screen drawn speaks the new one. */
  locale: Locale;
  readonly root: HTMLElement;
  settings: Settings;
  /** A short message kept at the top of the next screen (a set-aside save, a bad record). */
  notice: string | null;
}

/** Replaces the page's content with a screen and moves focus to its heading. */
let keys: ((e: KeyboardEvent) => void) | null = null;

/** One keyboard handler for the current screen; showing another screen removes it. */
export function onKeys(handler: (e: KeyboardEvent) => void): void {
  if (keys !== null) document.removeEventListener('keydown', keys);
  keys = handler;
  document.addEventListener('keydown', handler);
}

export function show(shell: Shell, screen: Screen, content: HTMLElement): void {
  if (keys !== null) document.removeEventListener('keydown', keys);
  keys = null;
  if (screen !== 'table' && screen !== 'plenary') unmountStage();
  probe.screen = screen;
  shell.root.dataset.screen = screen;
  shell.root.replaceChildren(content);
  focusHeading(content);
}

/** Puts the page in a language: `lang` and `dir` on the root (Arabic lays the page out right to left), the title. */
export function setLanguage(shell: Shell, locale: Locale): void {
  shell.locale = locale;
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
  document.title = shell.t('ui.title');
}
