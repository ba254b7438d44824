import { directionOf, type Locale } from '../i18n';
import { probe, type Screen } from '../game/probe';
import type { Shell } from '../game/shell';
import { focusHeading } from './dom';
import { unmountStage } from './stage';

export type { Shell } from '../game/shell';

let keys: ((e: KeyboardEvent) => void) | null = null;
let leaving: (() => void)[] = [];

/** One keyboard handler for the current screen; showing another screen removes it. */
export function onKeys(handler: (e: KeyboardEvent) => void): void {
  if (keys !== null) document.removeEventListener('keydown', keys);
  keys = handler;
  document.addEventListener('keydown', handler);
}

/** Runs when the current screen is replaced: a screen stops watching views and clears its timers here. */
export function onLeave(fn: () => void): void {
  leaving.push(fn);
}

/** Replaces the page's content with a screen and moves focus to its heading. */
export function show(shell: Shell, screen: Screen, content: HTMLElement): void {
  const done = leaving;
  leaving = [];
  for (const fn of done) fn();
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
