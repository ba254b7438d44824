import { createInstance, type i18n } from 'i18next';
import { formatter } from './format';
import en from './locales/en.json';

export const LOCALES = ['en', 'ru', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
/** Locales written right to left: the page's `dir` follows from this. */
export const RTL_LOCALES: readonly string[] = ['ar'];

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);
export const directionOf = (locale: string): 'rtl' | 'ltr' => (RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr');

/** Each language named in its own words, whatever language the rest of the page is in. */
export const ENDONYMS: Readonly<Record<Locale, string>> = { en: 'English', ru: 'Русский', ar: 'العربية' };

/** The first of the browser's languages the game speaks ("ru-RU" is Russian); English when none is. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

type Catalogue = typeof en;

/**
 * English is in the first chunk (it is every locale's fallback). The others are data, not code: JSON files the
 * built game fetches when that language is chosen (and the service worker keeps for offline use).
 */
const URLS: Readonly<Record<Exclude<Locale, 'en'>, string>> = {
  ru: new URL('./locales/ru.json', import.meta.url).href,
  ar: new URL('./locales/ar.json', import.meta.url).href,
};

export async function catalogue(locale: Locale): Promise<Catalogue> {
  if (locale === 'en') return en;
  const response = await fetch(URLS[locale]);
  if (!response.ok) throw new Error(`the ${locale} catalogue did not load (${response.status})`);
  return (await response.json()) as Catalogue;
}

/**
 * One i18next instance for the game. Values are interpolated unescaped because every string is put on
 * the page as text (textContent, aria-label), never as HTML. Numbers are written for the locale.
 */
export async function createI18n(locale: Locale = 'en', given?: Catalogue): Promise<i18n> {
  const resources: Record<string, { translation: Catalogue }> = { en: { translation: en } };
  if (locale !== 'en') resources[locale] = { translation: given ?? (await catalogue(locale)) };
  const instance = createInstance().use(formatter);
  await instance.init({
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    resources,
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });
  return instance;
}

/** Switches a running instance to another locale, fetching its catalogue the first time. */
export async function switchLocale(instance: i18n, locale: Locale): Promise<void> {
  if (!instance.hasResourceBundle(locale, 'translation'))
    instance.addResourceBundle(locale, 'translation', await catalogue(locale));
  await instance.changeLanguage(locale);
}
