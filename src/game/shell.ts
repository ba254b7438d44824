import type { i18n, TFunction } from 'i18next';
import type { Client } from '../client';
import type { Locale } from '../i18n';
import type { Settings } from './settings';

/** What every screen needs: the text catalogue, the settings, the one place screens are drawn, and the client. */
export interface Shell {
  readonly i18n: i18n;
  readonly t: TFunction;
  /** The page's language; Settings may change it, and the next screen drawn speaks the new one. */
  locale: Locale;
  readonly root: HTMLElement;
  /** The session with the host that holds the round (in a Web Worker on this page). */
  readonly client: Client;
  settings: Settings;
  /** A short message kept at the top of the next screen (a set-aside save, a bad record). */
  notice: string | null;
}
