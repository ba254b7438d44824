import { createInstance, type i18n } from 'i18next';
import en from './locales/en.json';

export const LOCALES = ['en'] as const;
export type Locale = (typeof LOCALES)[number];
/** Locales written right to left; the page sets `dir` from this when Arabic arrives. */
export const RTL_LOCALES: readonly string[] = ['ar'];

/**
 * One i18next instance for the game. Values are interpolated unescaped because every string is put on
 * the page as text (textContent, aria-label), never as HTML.
 */
export async function createI18n(locale: Locale = 'en'): Promise<i18n> {
  const instance = createInstance();
  await instance.init({
    lng: locale,
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
